// The seed generator's geography of Jinan: per division the short name used inside names and
// addresses, a weight, and real roads, towns and buildings; per industry the words of firm names and a
// business scope. Joined here to the reference data (lib/reference), which holds only codes and labels.
import { JINAN_DISTRICTS, type JinanDistrict } from '../reference/districts';
import { INDUSTRIES, type Industry } from '../reference/industries';

/** A division with what the generator builds names and addresses from. */
export interface SeedDistrict extends JinanDistrict {
  /** The short form used inside names and addresses, e.g. 历下区. */
  shortZhCn: string;
  /** Relative share of the city's market entities registered there (synthetic, roughly realistic). */
  weight: number;
  /** Real roads and streets of the division. */
  roads: readonly string[];
  /** Real sub-district (街道) and town (镇) names, used for cooperatives and rural addresses. */
  towns: readonly string[];
  /** Buildings and parks where offices are registered (urban divisions). */
  buildings: readonly string[];
}

/** An industry division with words for firm names and a business-scope text. */
export interface SeedIndustry extends Industry {
  /** Words that follow the trade name in a company name, e.g. 商贸, 科技. */
  nameWords: readonly string[];
  /** Shop types for individual businesses (个体工商户) in this industry; empty when unusual. */
  shopWords: readonly string[];
  /** Business scope (经营范围) as registered. */
  scope: string;
}

type DistrictGeography = Omit<SeedDistrict, keyof JinanDistrict>;
type IndustryWords = Omit<SeedIndustry, keyof Industry>;

const DISTRICT_GEOGRAPHY: Readonly<Record<string, DistrictGeography>> = {
  '370102': {
    shortZhCn: '历下区',
    weight: 14,
    roads: [
      '泉城路',
      '经十路',
      '解放路',
      '文化东路',
      '山大路',
      '历山路',
      '和平路',
      '燕子山路',
      '千佛山路',
      '黑虎泉北路',
      '趵突泉北路',
      '工业南路',
      '奥体中路',
      '龙奥北路',
      '旅游路',
      '转山西路',
      '明湖东路',
      '大明湖路',
      '东关大街',
      '青龙街',
      '芙蓉街',
      '羊头峪路',
      '花园路',
      '二环东路',
    ],
    towns: [
      '泉城路街道',
      '大明湖街道',
      '解放路街道',
      '千佛山街道',
      '趵突泉街道',
      '文化东路街道',
      '建新街道',
      '甸柳街道',
      '燕山街道',
      '姚家街道',
      '龙洞街道',
      '智远街道',
      '东关街道',
    ],
    buildings: [
      '恒隆广场',
      '世茂国际广场',
      '银座中心',
      '华润中心',
      '龙奥大厦',
      '中润世纪广场',
      '泉城广场商务楼',
      '历山名郡',
      '奥体金融港',
      '山东数字经济产业园',
    ],
  },
  '370103': {
    shortZhCn: '市中区',
    weight: 10,
    roads: [
      '经四路',
      '经七路',
      '经十一路',
      '纬二路',
      '纬四路',
      '英雄山路',
      '舜耕路',
      '玉函路',
      '二环南路',
      '七里山路',
      '郎茂山路',
      '共青团路',
      '顺河街',
      '建设路',
      '阳光新路',
      '经十路',
      '领秀城路',
      '王官庄路',
      '党杨路',
      '大观园路',
    ],
    towns: [
      '大观园街道',
      '杆石桥街道',
      '四里村街道',
      '魏家庄街道',
      '二七街道',
      '七里山街道',
      '六里山街道',
      '舜玉路街道',
      '泺源街道',
      '王官庄街道',
      '舜耕街道',
      '白马山街道',
      '七贤街道',
      '十六里河街道',
      '兴隆街道',
      '党家街道',
      '陡沟街道',
    ],
    buildings: ['万达广场', '绿地中心', '鲁能领秀城商业中心', '大观园商厦', '泉城国际大厦', '舜耕国际'],
  },
  '370104': {
    shortZhCn: '槐荫区',
    weight: 9,
    roads: [
      '经十路',
      '经一路',
      '纬十二路',
      '张庄路',
      '腊山河东路',
      '日照路',
      '威海路',
      '烟台路',
      '营市街',
      '齐州路',
      '青岛路',
      '兴福寺路',
      '济齐路',
      '美里路',
      '段兴西路',
      '西客站南路',
    ],
    towns: [
      '振兴街街道',
      '中大槐树街道',
      '道德街街道',
      '西市场街道',
      '五里沟街道',
      '营市街街道',
      '青年公园街道',
      '南辛庄街道',
      '段店北路街道',
      '张庄路街道',
      '匡山街道',
      '美里湖街道',
      '吴家堡街道',
      '腊山街道',
      '兴福街道',
      '玉清湖街道',
    ],
    buildings: ['西城大厦', '绿地国际城', '腊山商务中心', '济南西站商务区'],
  },
  '370105': {
    shortZhCn: '天桥区',
    weight: 9,
    roads: [
      '北园大街',
      '堤口路',
      '无影山路',
      '标山路',
      '济泺路',
      '官扎营街',
      '生产路',
      '凤凰山路',
      '泺口南路',
      '新黄路',
      '药山路',
      '清河北路',
      '蓝翔路',
      '历山北路',
      '天桥东街',
      '成丰街',
    ],
    towns: [
      '无影山街道',
      '天桥东街街道',
      '北村街道',
      '南村街道',
      '堤口路街道',
      '北坦街道',
      '制锦市街道',
      '宝华街街道',
      '官扎营街道',
      '纬北路街道',
      '药山街道',
      '北园街道',
      '泺口街道',
      '桑梓店街道',
      '大桥街道',
    ],
    buildings: ['天桥商务中心', '北园商厦', '鲁能康桥大厦', '济南国际物流园'],
  },
  '370112': {
    shortZhCn: '历城区',
    weight: 14,
    roads: [
      '花园路',
      '工业北路',
      '山大北路',
      '二环东路',
      '华信路',
      '华龙路',
      '华阳路',
      '洪家楼南路',
      '祝舜路',
      '唐冶西路',
      '飞跃大道',
      '世纪大道',
      '港兴三路',
      '机场路',
      '荷花路',
      '全福庄路',
      '华能路',
      '凤鸣路',
      '郭店大街',
      '仲宫大街',
    ],
    towns: [
      '山大路街道',
      '洪家楼街道',
      '东风街道',
      '全福街道',
      '华山街道',
      '荷花路街道',
      '王舍人街道',
      '鲍山街道',
      '郭店街道',
      '唐冶街道',
      '港沟街道',
      '董家街道',
      '遥墙街道',
      '临港街道',
      '唐王街道',
      '仲宫街道',
      '柳埠街道',
      '西营街道',
      '彩石街道',
    ],
    buildings: ['洪楼广场', '华山商务中心', '唐冶新区商务楼', '临空经济区综合楼'],
  },
  '370113': {
    shortZhCn: '长清区',
    weight: 5,
    roads: ['大学路', '清河街', '丹凤街', '峰山路', '龙泉街', '紫薇路', '海棠路', '芙蓉路', '中川街', '长兴街', '经十西路', '乐天路'],
    towns: ['文昌街道', '崮云湖街道', '平安街道', '五峰山街道', '归德街道', '张夏街道', '万德街道', '孝里街道', '马山镇', '双泉镇'],
    buildings: ['长清大学科技园', '长清万达商务中心'],
  },
  '370114': {
    shortZhCn: '章丘区',
    weight: 8,
    roads: ['汇泉路', '百脉泉街', '唐王山路', '双山大街', '绣水大街', '铁道北路', '山泉路', '龙泉大道', '世纪大道', '潘王路', '站前路', '明水大街'],
    towns: [
      '明水街道',
      '双山街道',
      '龙山街道',
      '埠村街道',
      '圣井街道',
      '普集街道',
      '官庄街道',
      '相公庄街道',
      '枣园街道',
      '文祖街道',
      '白云湖街道',
      '高官寨街道',
      '宁家埠街道',
      '黄河街道',
      '曹范街道',
      '绣惠街道',
      '刁镇',
      '垛庄镇',
    ],
    buildings: ['章丘创业大厦', '明水经济开发区综合楼'],
  },
  '370115': {
    shortZhCn: '济阳区',
    weight: 4,
    roads: ['纬一路', '纬二路', '开元大街', '振兴街', '龙海路', '安澜路', '经二路', '富阳街', '华阳路'],
    towns: ['济阳街道', '济北街道', '回河街道', '崔寨街道', '孙耿街道', '太平街道', '垛石街道', '曲堤街道', '仁风镇', '新市镇'],
    buildings: ['济北开发区综合服务中心'],
  },
  '370116': {
    shortZhCn: '莱芜区',
    weight: 7,
    roads: ['鲁中大街', '汶河大道', '凤城西大街', '花园北路', '长勺路', '文化路', '龙潭大街', '胜利路', '嬴牟大街', '新兴路', '莲河大街'],
    towns: [
      '凤城街道',
      '张家洼街道',
      '高庄街道',
      '鹏泉街道',
      '口镇街道',
      '羊里街道',
      '方下街道',
      '雪野街道',
      '大王庄镇',
      '寨里镇',
      '杨庄镇',
      '茶业口镇',
      '和庄镇',
      '牛泉镇',
      '苗山镇',
    ],
    buildings: ['莱芜商务大厦', '汶河大道科创园'],
  },
  '370117': {
    shortZhCn: '钢城区',
    weight: 3,
    roads: ['府前大街', '钢都大街', '双元大街', '沂河路', '光明路', '银河路', '黄山路', '金水河路'],
    towns: ['艾山街道', '里辛街道', '汶源街道', '颜庄街道', '辛庄街道'],
    buildings: ['钢城商务中心'],
  },
  '370124': {
    shortZhCn: '平阴县',
    weight: 3,
    roads: ['青龙路', '翠屏街', '府前街', '黄河路', '榆山路', '文化街', '东湖路', '济西路', '锦东路'],
    towns: ['榆山街道', '锦水街道', '东阿镇', '玫瑰镇', '洪范池镇', '孔村镇', '孝直镇', '安城镇'],
    buildings: ['平阴县商务中心'],
  },
  '370126': {
    shortZhCn: '商河县',
    weight: 3,
    roads: ['鑫源路', '青年路', '商中路', '富民路', '北环路', '长青街', '兴商路', '温泉路'],
    towns: ['许商街道', '玉皇庙镇', '殷巷镇', '怀仁镇', '龙桑寺镇', '郑路镇', '贾庄镇', '白桥镇', '孙集镇', '韩庙镇', '沙河镇', '张坊镇'],
    buildings: ['商河县创业园'],
  },
  '370171': {
    shortZhCn: '高新区',
    weight: 11,
    roads: ['舜华路', '新泺大街', '颖秀路', '经十东路', '天辰路', '港西路', '崇华路', '春晖路', '世纪大道', '工业南路', '舜风路', '汉峪路'],
    towns: ['舜华路街道', '孙村街道', '巨野河街道', '遥墙街道'],
    buildings: ['齐鲁软件园大厦', '舜泰广场', '汉峪金谷', '数码港大厦', '创展中心', '药谷研发平台', '出口加工区综合楼'],
  },
};

const GENERAL_SCOPE_TAIL = '（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）';

const INDUSTRY_WORDS: Readonly<Record<string, IndustryWords>> = {
  A01: {
    nameWords: ['农业', '农业科技', '种植'],
    shopWords: ['家庭农场', '果园', '蔬菜种植园'],
    scope: `一般项目：谷物种植；蔬菜种植；水果种植；农产品的生产、销售、加工、运输、贮藏及其他相关服务${GENERAL_SCOPE_TAIL}`,
  },
  A03: {
    nameWords: ['牧业', '养殖', '畜牧科技'],
    shopWords: ['养殖场', '养鸡场', '生猪养殖场'],
    scope: `许可项目：家禽饲养；牲畜饲养。一般项目：畜牧渔业饲料销售${GENERAL_SCOPE_TAIL}`,
  },
  A05: {
    nameWords: ['农业服务', '农机服务', '植保科技'],
    shopWords: ['农机服务部', '农资经营部'],
    scope: `一般项目：农业机械服务；农作物病虫害防治服务；农业专业及辅助性活动${GENERAL_SCOPE_TAIL}`,
  },
  C13: {
    nameWords: ['食品', '粮油', '面粉'],
    shopWords: ['粮油加工坊', '豆制品加工坊'],
    scope: `许可项目：食品生产。一般项目：粮食加工；农副产品销售${GENERAL_SCOPE_TAIL}`,
  },
  C14: {
    nameWords: ['食品', '食品科技', '糕点'],
    shopWords: ['糕点坊', '馒头坊', '食品加工坊'],
    scope: `许可项目：食品生产；食品销售。一般项目：食品进出口${GENERAL_SCOPE_TAIL}`,
  },
  C26: {
    nameWords: ['化工', '新材料', '精细化工'],
    shopWords: [],
    scope: `许可项目：危险化学品生产。一般项目：化工产品生产（不含许可类化工产品）；化工产品销售${GENERAL_SCOPE_TAIL}`,
  },
  C33: {
    nameWords: ['金属制品', '钢结构', '五金制品'],
    shopWords: ['五金加工部', '铁艺加工部'],
    scope: `一般项目：金属结构制造；金属制品销售；五金产品制造${GENERAL_SCOPE_TAIL}`,
  },
  C34: {
    nameWords: ['机械', '机械设备', '重工'],
    shopWords: ['机械加工部'],
    scope: `一般项目：通用设备制造（不含特种设备制造）；机械设备销售；机械零件、零部件加工${GENERAL_SCOPE_TAIL}`,
  },
  C36: { nameWords: ['汽车零部件', '专用车', '汽车配件'], shopWords: [], scope: `一般项目：汽车零部件及配件制造；汽车零配件批发${GENERAL_SCOPE_TAIL}` },
  C39: {
    nameWords: ['电子', '电子科技', '智能科技'],
    shopWords: [],
    scope: `一般项目：电子元器件制造；计算机软硬件及外围设备制造；通信设备制造${GENERAL_SCOPE_TAIL}`,
  },
  D44: { nameWords: ['能源', '新能源', '热力'], shopWords: [], scope: `许可项目：发电业务、输电业务、供（配）电业务；热力生产和供应${GENERAL_SCOPE_TAIL}` },
  E47: { nameWords: ['建筑', '建设工程', '建工'], shopWords: [], scope: `许可项目：建设工程施工。一般项目：建筑材料销售${GENERAL_SCOPE_TAIL}` },
  E48: {
    nameWords: ['路桥工程', '市政工程', '工程建设'],
    shopWords: [],
    scope: `许可项目：建设工程施工；公路管理与养护。一般项目：园林绿化工程施工${GENERAL_SCOPE_TAIL}`,
  },
  E50: {
    nameWords: ['装饰工程', '装饰设计', '建筑装饰'],
    shopWords: ['装饰工作室', '装修队', '水电安装部'],
    scope: `许可项目：住宅室内装饰装修。一般项目：建筑装饰材料销售${GENERAL_SCOPE_TAIL}`,
  },
  F51: {
    nameWords: ['商贸', '贸易', '供应链管理', '进出口'],
    shopWords: ['批发部', '日用品批发部', '建材经营部'],
    scope: `一般项目：日用百货销售；五金产品批发；建筑材料销售；货物进出口${GENERAL_SCOPE_TAIL}`,
  },
  F52: {
    nameWords: ['商贸', '超市', '百货', '连锁超市'],
    shopWords: ['便利店', '超市', '烟酒店', '水果店', '五金店', '服装店', '母婴用品店', '副食店'],
    scope: `许可项目：食品销售；烟草制品零售。一般项目：日用百货销售；食品销售（仅销售预包装食品）${GENERAL_SCOPE_TAIL}`,
  },
  G54: {
    nameWords: ['物流', '运输', '货运'],
    shopWords: ['货运部', '搬家服务部'],
    scope: `许可项目：道路货物运输（不含危险货物）。一般项目：普通货物仓储服务${GENERAL_SCOPE_TAIL}`,
  },
  G59: {
    nameWords: ['仓储', '物流', '冷链物流'],
    shopWords: ['仓储服务部'],
    scope: `一般项目：普通货物仓储服务（不含危险化学品等需许可审批的项目）；装卸搬运${GENERAL_SCOPE_TAIL}`,
  },
  H61: {
    nameWords: ['酒店管理', '宾馆', '酒店'],
    shopWords: ['宾馆', '旅馆', '快捷酒店', '民宿'],
    scope: `许可项目：住宿服务；餐饮服务。一般项目：酒店管理${GENERAL_SCOPE_TAIL}`,
  },
  H62: {
    nameWords: ['餐饮管理', '餐饮', '餐饮服务'],
    shopWords: ['家常菜馆', '面馆', '饺子馆', '快餐店', '烧烤店', '把子肉店', '小吃店', '火锅店'],
    scope: `许可项目：餐饮服务；食品销售。一般项目：餐饮管理${GENERAL_SCOPE_TAIL}`,
  },
  I64: {
    nameWords: ['网络科技', '互联网科技', '数字科技'],
    shopWords: ['网店'],
    scope: `一般项目：互联网数据服务；网络技术服务；技术服务、技术开发、技术咨询${GENERAL_SCOPE_TAIL}`,
  },
  I65: {
    nameWords: ['信息技术', '软件', '信息科技', '智能科技'],
    shopWords: ['电脑服务部'],
    scope: `一般项目：软件开发；信息系统集成服务；信息技术咨询服务；数据处理服务${GENERAL_SCOPE_TAIL}`,
  },
  K70: {
    nameWords: ['置业', '房地产开发', '物业管理'],
    shopWords: ['房屋中介服务部'],
    scope: `许可项目：房地产开发经营。一般项目：物业管理；房地产经纪${GENERAL_SCOPE_TAIL}`,
  },
  L71: {
    nameWords: ['设备租赁', '汽车租赁', '租赁'],
    shopWords: ['租赁站', '汽车租赁部'],
    scope: `一般项目：机械设备租赁；小微型客车租赁经营服务${GENERAL_SCOPE_TAIL}`,
  },
  L72: {
    nameWords: ['企业管理咨询', '商务服务', '人力资源', '文化传媒'],
    shopWords: ['广告部', '图文设计部', '家政服务部'],
    scope: `一般项目：企业管理咨询；市场营销策划；广告设计、代理；会议及展览服务${GENERAL_SCOPE_TAIL}`,
  },
  M74: {
    nameWords: ['工程设计', '检测技术', '工程咨询'],
    shopWords: ['测绘服务部'],
    scope: `许可项目：建设工程设计；检验检测服务。一般项目：工程管理服务${GENERAL_SCOPE_TAIL}`,
  },
  M75: {
    nameWords: ['科技', '生物科技', '环保科技', '新能源科技'],
    shopWords: [],
    scope: `一般项目：技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广${GENERAL_SCOPE_TAIL}`,
  },
  N77: { nameWords: ['环境工程', '环保工程', '生态环境'], shopWords: [], scope: `一般项目：水污染治理；大气污染治理；固体废物治理${GENERAL_SCOPE_TAIL}` },
  O80: {
    nameWords: ['家政服务', '保洁服务', '生活服务'],
    shopWords: ['理发店', '美容美发店', '洗衣店', '家政服务部', '摄影部', '足疗店'],
    scope: `一般项目：家政服务；洗染服务；理发及美容服务${GENERAL_SCOPE_TAIL}`,
  },
  O81: {
    nameWords: ['汽车维修', '汽车服务', '家电维修'],
    shopWords: ['汽车修理部', '家电维修部', '手机维修店', '洗车行'],
    scope: `一般项目：机动车修理和维护；日用电器修理${GENERAL_SCOPE_TAIL}`,
  },
  P83: {
    nameWords: ['教育科技', '文化发展', '教育咨询'],
    shopWords: ['培训部'],
    scope: `一般项目：教育咨询服务（不含涉许可审批的教育培训活动）；组织文化艺术交流活动${GENERAL_SCOPE_TAIL}`,
  },
  Q84: {
    nameWords: ['医疗管理', '医疗科技', '健康管理'],
    shopWords: ['诊所', '口腔诊所', '中医诊所'],
    scope: `许可项目：医疗服务。一般项目：健康咨询服务（不含诊疗服务）${GENERAL_SCOPE_TAIL}`,
  },
  R86: {
    nameWords: ['文化传播', '图书', '出版服务'],
    shopWords: ['书店', '书报亭'],
    scope: `许可项目：出版物零售。一般项目：图书出租；文化用品销售${GENERAL_SCOPE_TAIL}`,
  },
  R90: {
    nameWords: ['文化娱乐', '娱乐', '文旅'],
    shopWords: ['棋牌室', 'KTV', '网吧', '台球室'],
    scope: `许可项目：娱乐性演出；互联网上网服务。一般项目：棋牌室服务${GENERAL_SCOPE_TAIL}`,
  },
};

function joined<T extends { code: string }, E>(items: readonly T[], extra: Readonly<Record<string, E>>): (T & E)[] {
  return items.map((item) => {
    const more = extra[item.code];
    if (!more) throw new Error(`no seed data for reference code ${item.code}`);
    return { ...item, ...more };
  });
}

/** Jinan's divisions in official order, with their geography. */
export const SEED_DISTRICTS: readonly SeedDistrict[] = joined(JINAN_DISTRICTS, DISTRICT_GEOGRAPHY);

/** The industries the seed uses, in reference order, with their words. */
export const SEED_INDUSTRIES: readonly SeedIndustry[] = joined(INDUSTRIES, INDUSTRY_WORDS);

/** Industry code → seed industry. */
export const SEED_INDUSTRY_BY_CODE: ReadonlyMap<string, SeedIndustry> = new Map(SEED_INDUSTRIES.map((industry) => [industry.code, industry]));
