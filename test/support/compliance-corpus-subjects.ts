/**
 * The products the corpus drafts are about. Texts follow published T/ZZB product standards in tone
 * and layout; figures are plausible, not taken from a real standard. A citation in the text is
 * written 〔GB/T 3768〕: the draft builder prints it dated or undated as the reference list has it.
 */

export type Reference = { code: string; year?: string; title: string };

export type Indicator = {
  name: string;
  op: '≤' | '≥';
  value: string;
  unit: string;
  /** The same indicator in the national and the international standard, as the 编制说明 gives them. */
  national: string;
  international: string;
  method: string;
};

export type Subject = {
  key: string;
  product: string;
  englishTitle: string;
  codeNumber: string;
  ics: string;
  ccs: string;
  applicability: string;
  leadOrganisation: string;
  drafters: string[];
  people: string;
  terms: { term: string; english: string; definition: string }[];
  basic: { design: string; materials: string; equipment: string; testing: string };
  appearance: string[];
  /** 'table': the indicators stand in a 性能指标 table; 'clauses': one titled clause each. */
  indicatorStyle: 'table' | 'clauses';
  indicators: Indicator[];
  safety: { title: string; text: string; method: string };
  references: Reference[];
  nationalStandard: string;
  internationalStandard: string;
  marking: string[];
  packaging: string;
  transport: string;
  storage: string;
  warrantyYears: number;
  bibliography: string[];
  annex: { title: string; items: string[] };
};

const drill: Subject = {
  key: 'drill',
  product: '锂离子电池充电式电钻',
  englishTitle: 'Rechargeable lithium-ion battery drill',
  codeNumber: '2311',
  ics: '25.140.20',
  ccs: 'K 64',
  applicability: '额定电压不超过36 V、以锂离子电池组供电的手持式充电电钻（以下简称“电钻”）',
  leadOrganisation: '浙江省机电产品质量检测所有限公司',
  drafters: ['浙江锐锋电动工具有限公司', '永康市五金产业技术研究院', '金华市质量技术监督检测院'],
  people: '陈立新、周海燕、吴建明、郑晓东',
  terms: [
    { term: '空载转速', english: 'no-load speed', definition: '电钻在额定电压下不带负载运转时输出轴的转速。' },
    { term: '最大扭矩', english: 'maximum torque', definition: '电钻在堵转前输出轴所能达到的最大转矩。' },
  ],
  basic: {
    design: '应采用三维建模和有限元分析进行结构设计，具备电机电磁仿真和整机跌落仿真能力。',
    materials: '电池组应采用符合〔GB 31241〕要求的锂离子电芯，外壳应采用阻燃等级不低于V-0级的工程塑料。',
    equipment: '应配备转子自动动平衡机、自动绕线机和整机全自动测试线，关键工序应实施过程参数在线监控。',
    testing: '应具备空载转速、扭矩、噪声、温升和电气强度的检测能力，检测设备应定期检定或校准。',
  },
  appearance: [
    '外壳表面应平整光洁，不应有裂纹、缩孔、明显划痕和色差。',
    '铭牌和警示标志应清晰、牢固，字迹不应因擦拭而模糊。',
  ],
  indicatorStyle: 'clauses',
  indicators: [
    { name: '空载转速偏差', op: '≤', value: '5', unit: '%', national: '≤10', international: '≤8', method: '在额定电压下空载运行5 min后，用非接触式转速表测量输出轴转速，计算与标称值的偏差。' },
    { name: '最大扭矩', op: '≥', value: '60', unit: 'N·m', national: '≥40', international: '≥55', method: '将电钻夹持在扭矩测试台上，逐级加载至堵转，记录最大转矩。' },
    { name: 'A计权声功率级', op: '≤', value: '85', unit: 'dB(A)', national: '≤92', international: '≤88', method: '按〔GB/T 3768〕的规定测定。' },
    { name: '手柄振动总值', op: '≤', value: '2.5', unit: 'm/s²', national: '≤5.0', international: '≤3.0', method: '按〔GB/T 8910.1〕的规定测定。' },
    { name: '电池组循环寿命', op: '≥', value: '800', unit: '次', national: '≥500', international: '≥600', method: '在(25±2)℃下以0.5C充放电循环，容量降至额定容量80 %时记录循环次数。' },
  ],
  safety: { title: '电气安全', text: '电钻的电气安全应符合〔GB/T 3883.1〕的规定。', method: '按〔GB/T 3883.1〕的规定进行。' },
  references: [
    { code: 'GB/T 191', title: '包装储运图示标志' },
    { code: 'GB/T 2828.1', year: '2012', title: '计数抽样检验程序　第1部分：按接收质量限（AQL）检索的逐批检验抽样计划' },
    { code: 'GB/T 3768', year: '2017', title: '声学　声压法测定噪声源声功率级和声能量级　采用反射面上方包络测量面的简易法' },
    { code: 'GB/T 3883.1', year: '2014', title: '手持式、可移式电动工具和园林工具的安全　第1部分：通用要求' },
    { code: 'GB/T 8910.1', title: '手持便携式动力工具　手柄振动测量方法　第1部分：总则' },
    { code: 'GB/T 13306', title: '标牌' },
    { code: 'GB 31241', title: '便携式电子产品用锂离子电池和电池组　安全技术规范' },
  ],
  nationalStandard: 'GB/T 22677—2008',
  internationalStandard: 'IEC 62841-2-1:2017',
  marking: ['产品标牌应符合〔GB/T 13306〕的规定，并标明产品名称、型号、额定电压、空载转速、制造商名称和生产日期。', '包装储运图示标志应符合〔GB/T 191〕的规定。'],
  packaging: '电钻应装入带有内衬的包装盒内，电池组应单独绝缘包装，随附产品合格证和使用说明书。',
  transport: '运输中应防止雨淋、受潮和剧烈撞击，电池组的运输应符合危险货物运输的有关规定。',
  storage: '产品应贮存在通风、干燥、无腐蚀性气体的库房内，电池组宜保持40 %～60 %的荷电状态。',
  warrantyYears: 2,
  bibliography: [],
  annex: { title: '电钻型号编制方法', items: ['型号由产品代号、额定电压和设计序号三部分组成。', '示例：ZD-20-3表示额定电压为20 V的第三代充电式电钻。'] },
};

const valve: Subject = {
  key: 'valve',
  product: '不锈钢法兰球阀',
  englishTitle: 'Stainless steel flanged ball valves',
  codeNumber: '2402',
  ics: '23.060.10',
  ccs: 'J 16',
  applicability: '公称压力PN16～PN40、公称尺寸DN15～DN200的不锈钢法兰连接球阀（以下简称“球阀”）',
  leadOrganisation: '浙江省特种设备科学研究院',
  drafters: ['浙江精工阀门股份有限公司', '温州市瓯海区阀门行业协会', '浙江省计量科学研究院'],
  people: '林国华、潘晓丽、章志强、叶文彬',
  terms: [{ term: '逸散性泄漏', english: 'fugitive emission', definition: '介质从阀杆密封处或阀体连接处向大气中的微量泄漏。' }],
  basic: {
    design: '应采用流体仿真软件对流道进行优化设计，具备阀门三维参数化设计能力。',
    materials: '阀体、阀盖和球体应采用06Cr19Ni10或更高等级的奥氏体不锈钢，化学成分应经光谱分析复验。',
    equipment: '应配备数控车床、球体研磨机和自动化压力试验装置，阀座密封面加工应实施在线检测。',
    testing: '应具备壳体试验、密封试验、启闭力矩和逸散性泄漏的检测能力。',
  },
  appearance: ['阀体表面应光洁，不应有砂眼、裂纹和影响强度的缺陷。', '法兰密封面应无划痕和径向沟槽。'],
  indicatorStyle: 'table',
  indicators: [
    { name: '密封试验泄漏量', op: '≤', value: '0.3', unit: 'mL/min', national: '≤0.5', international: '≤0.3', method: '按〔GB/T 13927〕的规定进行密封试验，记录泄漏量。' },
    { name: '启闭力矩', op: '≤', value: '35', unit: 'N·m', national: '≤50', international: '≤40', method: '在最大允许压差下用扭矩扳手测量启闭力矩。' },
    { name: '操作寿命', op: '≥', value: '10000', unit: '次', national: '≥5000', international: '≥8000', method: '在常温、额定压力下连续启闭，每1000次进行一次密封试验。' },
    { name: '逸散性泄漏量', op: '≤', value: '50', unit: 'μmol/mol', national: '≤100', international: '≤50', method: '按〔GB/T 26481〕的规定采用吸枪法测定。' },
  ],
  safety: { title: '壳体强度', text: '球阀壳体试验应符合〔GB/T 12224〕的规定，试验中壳体不应有可见渗漏和结构损伤。', method: '按〔GB/T 13927〕的规定进行壳体试验。' },
  references: [
    { code: 'GB/T 191', title: '包装储运图示标志' },
    { code: 'GB/T 2828.1', year: '2012', title: '计数抽样检验程序　第1部分：按接收质量限（AQL）检索的逐批检验抽样计划' },
    { code: 'GB/T 12220', title: '工业阀门　标志' },
    { code: 'GB/T 12224', year: '2015', title: '钢制阀门　一般要求' },
    { code: 'GB/T 13927', year: '2022', title: '工业阀门　压力试验' },
    { code: 'GB/T 26481', title: '阀门的逸散性试验' },
  ],
  nationalStandard: 'GB/T 12237—2021',
  internationalStandard: 'ISO 17292:2015',
  marking: ['球阀的标志应符合〔GB/T 12220〕的规定。', '包装储运图示标志应符合〔GB/T 191〕的规定。'],
  packaging: '球阀的球体应处于全开位置，两端法兰应加盖防护盖板，装箱时应固定牢靠。',
  transport: '运输时应防止碰撞和雨淋，不应以手柄作为吊装受力点。',
  storage: '球阀应存放在干燥、通风的室内，通道口应封堵，不宜露天堆放。',
  warrantyYears: 3,
  bibliography: ['GB/T 12237—2021　石油、石化及相关工业用的钢制球阀', 'ISO 17292:2015　Metal ball valves for petroleum, petrochemical and allied industries'],
  annex: { title: '球阀订货须知', items: ['订货时应注明公称尺寸、公称压力、连接方式和介质。', '有特殊使用工况时，用户宜与制造商协商确定材料和试验要求。'] },
};

const fabric: Subject = {
  key: 'fabric',
  product: '羊毛混纺精纺面料',
  englishTitle: 'Wool blended worsted fabrics',
  codeNumber: '2517',
  ics: '59.080.30',
  ccs: 'W 20',
  applicability: '羊毛含量不低于50 %的羊毛混纺精纺机织面料（以下简称“面料”）',
  leadOrganisation: '浙江省轻工业品质量检验研究院',
  drafters: ['桐乡市华丝纺织有限公司', '绍兴市柯桥区纺织行业协会', '浙江理工大学'],
  people: '沈丽萍、徐建华、钱美玲、蒋晓峰',
  terms: [],
  basic: {
    design: '应具备计算机辅助花型设计和小样快速打样能力，建立面料性能数据库。',
    materials: '羊毛原料应有产地和细度检验报告，纤维含量的标注应符合〔GB/T 29862〕的规定。',
    equipment: '应配备自动络筒机、剑杆织机和连续式蒸呢机，染整工序应实施在线温度和pH值监控。',
    testing: '应具备断裂强力、尺寸变化率、色牢度和甲醛含量的检测能力。',
  },
  appearance: ['布面应平整，不应有破洞、跳花和明显色差。', '幅宽偏差应在±1.0 %以内。'],
  indicatorStyle: 'table',
  indicators: [
    { name: '断裂强力', op: '≥', value: '250', unit: 'N', national: '≥196', international: '≥220', method: '按〔GB/T 3923.1〕的规定测定。' },
    { name: '水洗尺寸变化率', op: '≤', value: '2.0', unit: '%', national: '≤3.0', international: '≤2.5', method: '按〔GB/T 8628〕、〔GB/T 8629〕和〔GB/T 8630〕的规定测定。' },
    { name: '耐摩擦色牢度', op: '≥', value: '4', unit: '级', national: '≥3', international: '≥3.5', method: '按〔GB/T 3920〕的规定测定。' },
    { name: '甲醛含量', op: '≤', value: '20', unit: 'mg/kg', national: '≤75', international: '≤30', method: '按〔GB/T 2912.1〕的规定测定。' },
  ],
  safety: { title: '基本安全', text: '面料的基本安全技术要求应符合〔GB 18401〕中B类的规定。', method: '按〔GB 18401〕的规定进行。' },
  references: [
    { code: 'GB/T 2828.1', year: '2012', title: '计数抽样检验程序　第1部分：按接收质量限（AQL）检索的逐批检验抽样计划' },
    { code: 'GB/T 2912.1', title: '纺织品　甲醛的测定　第1部分：游离和水解的甲醛（水萃取法）' },
    { code: 'GB/T 3920', year: '2008', title: '纺织品　色牢度试验　耐摩擦色牢度' },
    { code: 'GB/T 3923.1', year: '2013', title: '纺织品　织物拉伸性能　第1部分：断裂强力和断裂伸长率的测定（条样法）' },
    { code: 'GB/T 8628', title: '纺织品　测定尺寸变化的试验中织物试样和服装的准备、标记及测量' },
    { code: 'GB/T 8629', title: '纺织品　试验用家庭洗涤和干燥程序' },
    { code: 'GB/T 8630', title: '纺织品　洗涤和干燥后尺寸变化的测定' },
    { code: 'GB 18401', title: '国家纺织产品基本安全技术规范' },
    { code: 'GB/T 29862', title: '纺织品　纤维含量的标识' },
  ],
  nationalStandard: 'FZ/T 24002—2006',
  internationalStandard: 'EN 14878:2007',
  marking: ['每匹面料应附有标签，标明产品名称、纤维含量、幅宽、长度、等级和执行标准编号。', '标签上纤维含量的标注应符合〔GB/T 29862〕的规定。'],
  packaging: '面料应卷装，外包塑料薄膜和防潮包装布，每卷长度偏差不应超过标注长度的1 %。',
  transport: '运输中应防止污染、受潮和重压。',
  storage: '面料应贮存在干燥、通风、防虫的库房内，离地离墙不小于0.2 m。',
  warrantyYears: 1,
  bibliography: [],
  annex: { title: '面料等级评定', items: ['面料等级以匹为单位，按内在质量和外观质量的最低一项评定。', '内在质量和外观质量均达到要求的评为优等品。'] },
};

const table: Subject = {
  key: 'table',
  product: '实木餐桌',
  englishTitle: 'Solid wood dining tables',
  codeNumber: '2608',
  ics: '97.140',
  ccs: 'Y 80',
  applicability: '以实木为主要材料制作的家用和商用餐桌（以下简称“餐桌”）',
  leadOrganisation: '浙江省家具与五金研究所',
  drafters: ['安吉森禾家居股份有限公司', '湖州市家具行业协会', '浙江农林大学'],
  people: '朱永明、何秀兰、孙伟东、冯雪梅',
  terms: [
    { term: '实木', english: 'solid wood', definition: '未经重新组合的天然木材，包括经指接或拼板的同一树种锯材。' },
    { term: '桌面', english: 'table top', definition: '餐桌上供放置餐具和食物的水平板件。' },
  ],
  basic: {
    design: '应具备人体工程学设计和结构强度仿真能力，产品设计应考虑拆装和回收利用。',
    materials: '木材含水率应与使用地区的平衡含水率相适应，胶黏剂和涂料应有环保检测报告。',
    equipment: '应配备数控加工中心、指接拼板线和自动喷涂线，涂装车间应有废气处理设施。',
    testing: '应具备含水率、漆膜理化性能、力学性能和甲醛释放量的检测能力。',
  },
  appearance: ['木材表面不应有腐朽、虫蛀和贯通裂缝。', '漆膜应平整光滑，不应有皱皮、流挂和针孔。', '五金件安装应牢固，外露部分不应有锋利棱角。'],
  indicatorStyle: 'clauses',
  indicators: [
    { name: '甲醛释放量', op: '≤', value: '0.05', unit: 'mg/m³', national: '≤0.10', international: '≤0.06', method: '按〔GB 18584〕规定的1 m³气候箱法测定。' },
    { name: '木材含水率', op: '≤', value: '12', unit: '%', national: '≤15', international: '≤12', method: '按〔GB/T 1931〕的规定测定。' },
    { name: '桌面垂直静载荷', op: '≥', value: '1500', unit: 'N', national: '≥1000', international: '≥1250', method: '按〔GB/T 10357.1〕的规定进行，试验后结构不应损坏。' },
    { name: '漆膜附着力', op: '≤', value: '1', unit: '级', national: '≤2', international: '≤1', method: '按〔GB/T 4893.4〕的规定测定。' },
  ],
  safety: { title: '有害物质限量', text: '餐桌的有害物质限量应符合〔GB 18584〕的规定。', method: '按〔GB 18584〕的规定进行。' },
  references: [
    { code: 'GB/T 191', title: '包装储运图示标志' },
    { code: 'GB/T 1931', year: '2009', title: '木材含水率测定方法' },
    { code: 'GB/T 2828.1', year: '2012', title: '计数抽样检验程序　第1部分：按接收质量限（AQL）检索的逐批检验抽样计划' },
    { code: 'GB/T 4893.4', year: '2013', title: '家具表面漆膜理化性能试验　第4部分：附着力交叉切割测定法' },
    { code: 'GB/T 10357.1', year: '2013', title: '家具力学性能试验　第1部分：桌类强度和耐久性' },
    { code: 'GB 18584', title: '家具中有害物质限量' },
  ],
  nationalStandard: 'GB/T 3324—2017',
  internationalStandard: 'EN 12521:2023',
  marking: ['产品上应有永久性标志，标明制造商名称、产品名称和生产日期。', '包装储运图示标志应符合〔GB/T 191〕的规定。'],
  packaging: '餐桌宜拆装包装，边角应有防撞护角，五金配件应单独装袋并附安装说明。',
  transport: '运输中应防止碰撞、雨淋和暴晒。',
  storage: '产品应存放在通风、干燥的室内，远离热源，堆码高度不宜超过五层。',
  warrantyYears: 3,
  bibliography: ['GB/T 3324—2017　木家具通用技术条件', 'GB/T 20001.10—2014　标准编写规则　第10部分：产品标准'],
  annex: { title: '餐桌使用与保养说明', items: ['桌面不宜直接放置高温器具。', '清洁时宜使用拧干的软布擦拭，不宜使用腐蚀性清洁剂。'] },
};

const mixer: Subject = {
  key: 'mixer',
  product: '商用不锈钢和面机',
  englishTitle: 'Commercial stainless steel dough mixers',
  codeNumber: '2715',
  ics: '67.260',
  ccs: 'X 99',
  applicability: '额定容量为10 kg～50 kg面粉的商用卧式和立式和面机（以下简称“和面机”）',
  leadOrganisation: '浙江省机械工业联合会',
  drafters: ['浙江汇厨食品机械有限公司', '嘉兴市产品质量检验检测院', '浙江工业大学'],
  people: '王海峰、黄丽娜、金志远、方晓红',
  terms: [{ term: '额定容量', english: 'rated capacity', definition: '和面机一次能够正常搅拌的最大面粉质量。' }],
  basic: {
    design: '应具备整机三维设计和搅拌流场仿真能力，与食品接触部件的结构应便于清洗。',
    materials: '与食品接触的金属材料应符合〔GB 4806.9〕的规定，搅拌缸和搅拌器应采用奥氏体不锈钢。',
    equipment: '应配备数控折弯机、激光焊接机和抛光生产线，焊缝应实施在线质量检测。',
    testing: '应具备噪声、温升、接地电阻和运行可靠性的检测能力。',
  },
  appearance: ['不锈钢表面应光洁，焊缝应平整，不应有焊渣和毛刺。', '与食品接触的表面不应有凹坑和死角。'],
  indicatorStyle: 'clauses',
  indicators: [
    { name: '空载噪声', op: '≤', value: '75', unit: 'dB(A)', national: '≤80', international: '≤78', method: '按〔GB/T 3768〕的规定测定。' },
    { name: '电机绕组温升', op: '≤', value: '60', unit: 'K', national: '≤75', international: '≤65', method: '在额定负载下连续运行至热稳定，用电阻法测量绕组温升。' },
    { name: '接地电阻', op: '≤', value: '0.1', unit: 'Ω', national: '≤0.1', international: '≤0.1', method: '按〔GB/T 5226.1〕的规定测量。' },
    { name: '平均无故障工作时间', op: '≥', value: '2000', unit: 'h', national: '≥1000', international: '≥1500', method: '在额定负载下按每日8 h连续运行，记录累计无故障时间。' },
  ],
  safety: { title: '卫生安全', text: '和面机的卫生安全应符合〔GB 16798〕的规定。', method: '按〔GB 16798〕的规定进行。' },
  references: [
    { code: 'GB/T 191', title: '包装储运图示标志' },
    { code: 'GB/T 2828.1', year: '2012', title: '计数抽样检验程序　第1部分：按接收质量限（AQL）检索的逐批检验抽样计划' },
    { code: 'GB/T 3768', year: '2017', title: '声学　声压法测定噪声源声功率级和声能量级　采用反射面上方包络测量面的简易法' },
    { code: 'GB 4806.9', title: '食品安全国家标准　食品接触用金属材料及制品' },
    { code: 'GB/T 5226.1', year: '2019', title: '机械电气安全　机械电气设备　第1部分：通用技术条件' },
    { code: 'GB/T 13306', title: '标牌' },
    { code: 'GB 16798', title: '食品机械安全要求' },
  ],
  nationalStandard: 'SB/T 10462—2008',
  internationalStandard: 'EN 453:2014',
  marking: [
    '和面机应在明显位置固定产品标牌，标牌应符合〔GB/T 13306〕的规定。',
    '包装储运图示标志应符合〔GB/T 191〕的规定。',
    '搅拌缸和传动部位附近应设置安全标志，包括禁止标志、警告标志和指令标志。',
  ],
  packaging: '和面机应采用木箱或瓦楞纸箱包装，箱内应固定牢靠，随箱文件应装入防潮袋。',
  transport: '运输中应防止倒置、碰撞和雨淋。',
  storage: '和面机应存放在通风良好、无腐蚀性气体的仓库内。',
  warrantyYears: 2,
  bibliography: [],
  annex: { title: '和面机清洗与消毒', items: ['每班作业结束后应清洗搅拌缸和搅拌器。', '消毒剂的使用宜遵循其产品说明，消毒后应用清水冲洗。'] },
};

export const subjects: readonly Subject[] = [drill, valve, fabric, table, mixer];
