// The letters that open and close a Chinese name, shared by han-people.ts and
// han-more-people.ts.
// Common surnames (the hundred most frequent and a few more): a name after a lead must open with one.
export const SURNAMES = new Set([
  ...'王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖萧蕭田董袁潘于蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石廖贾賈夏韦韋付方白邹鄒孟熊秦邱江尹薛闫閻段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴覃武戴莫孔向汤湯成艾岳',
  // More of the two hundred most frequent (rel45), leaving out those that are common words (安, 文,
  // 关, 时, 路, 强 ...).
  ...'常乔喬赖賴庞龐樊殷施洪翟颜顏倪俞鲁魯葛伍毕畢聂聶柳邢梅庄莊辛祝涂谷祁舒耿詹苗凌费費纪紀靳甄项項裴卫衛屈鲍鮑霍翁柏柯阮桂滕焦',
]);

// Letters that follow a name and are no part of it: particles, prepositions, verbs of report.
export const AFTER_NAME = new Set([
  ...'被在已於于因获獲的和與与等今昨日说說称稱表将將也已曾则則是及並并向对對自从從再仍遭',
]);
