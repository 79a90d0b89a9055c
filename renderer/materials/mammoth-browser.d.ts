/**
 * Hand-written, not a compiler output: types for mammoth's prebuilt browser bundle, which ships
 * none (mammoth's own typings describe its Node entry and pull in Node's Buffer).
 */
declare module 'mammoth/mammoth.browser.min.js' {
  type Message = { type: 'warning' | 'error'; message: string };
  const mammoth: {
    convertToHtml(input: { arrayBuffer: ArrayBuffer }): Promise<{ value: string; messages: Message[] }>;
  };
  export default mammoth;
}
