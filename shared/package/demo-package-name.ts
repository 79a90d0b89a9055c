/** File name of the built demo package, in `dist/demo/` during development and in the app's `demo` resources when packaged. */
export const demoPackageFileName = 'demo-meeting.zzpkg';
