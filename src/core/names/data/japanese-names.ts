/**
 * Japanese names in kanji with their usual readings, written by the team from common knowledge
 * (no dictionary copied): the most common surnames, surnames of political and public figures,
 * and common given names, men's and women's. Readings are in press Hepburn, long vowels once
 * (Sato, Ito, Shinzo), several where one spelling is read several ways (浩 hiroshi / yutaka /
 * ko). Data only, as `kanji:reading/reading` entries: read lazily by kanji-reading.ts, so that
 * loading the name engine does not pay for them.
 */

/** Surnames: the common ones first, then those of public figures and the people in the pairs. */
export const JAPANESE_SURNAMES = `
佐藤:sato 鈴木:suzuki 高橋:takahashi 田中:tanaka 伊藤:ito 渡辺:watanabe 山本:yamamoto
中村:nakamura 小林:kobayashi 加藤:kato 吉田:yoshida 山田:yamada 佐々木:sasaki 山口:yamaguchi
松本:matsumoto 井上:inoue 木村:kimura 林:hayashi 斎藤:saito 斉藤:saito 清水:shimizu
山崎:yamazaki/yamasaki 森:mori 池田:ikeda 橋本:hashimoto 阿部:abe 石川:ishikawa 山下:yamashita
中島:nakajima/nakashima 石井:ishii 小川:ogawa 前田:maeda 岡田:okada 長谷川:hasegawa 藤田:fujita
後藤:goto 近藤:kondo 村上:murakami 遠藤:endo 青木:aoki 坂本:sakamoto 福田:fukuda 太田:ota
西村:nishimura 藤井:fujii 金子:kaneko 岡本:okamoto 藤原:fujiwara 中野:nakano 三浦:miura
原田:harada 中川:nakagawa 松田:matsuda 竹内:takeuchi 小野:ono 田村:tamura 中山:nakayama 和田:wada
石田:ishida 森田:morita 上田:ueda 原:hara 内田:uchida 柴田:shibata 酒井:sakai 宮崎:miyazaki
横山:yokoyama 高木:takagi 安藤:ando 宮本:miyamoto 大野:ono 小島:kojima 谷口:taniguchi 今井:imai
工藤:kudo 高田:takada 増田:masuda 丸山:maruyama 杉山:sugiyama 村田:murata 大塚:otsuka 新井:arai
小山:koyama/oyama 平野:hirano 藤本:fujimoto 河野:kono/kawano 上野:ueno 野口:noguchi 武田:takeda
松井:matsui 千葉:chiba 岩崎:iwasaki 菅原:sugawara 木下:kinoshita 久保:kubo 佐野:sano 野村:nomura
松尾:matsuo 市川:ichikawa 菊地:kikuchi 菊池:kikuchi 杉本:sugimoto 古川:furukawa 大西:onishi
島田:shimada 水野:mizuno 桜井:sakurai 高野:takano 渡部:watanabe/watabe 吉川:yoshikawa
山内:yamauchi 西田:nishida 飯田:iida 菅野:kanno/sugano 小池:koike 服部:hattori 西川:nishikawa
山中:yamanaka 中田:nakata 北村:kitamura 五十嵐:igarashi 福島:fukushima 川口:kawaguchi 辻:tsuji
関:seki 秋山:akiyama 大橋:ohashi 田口:taguchi 須藤:sudo 本田:honda 中西:nakanishi 吉村:yoshimura
浅野:asano 荒木:araki 宮田:miyata 大久保:okubo 野田:noda 松下:matsushita 小松:komatsu
岩田:iwata 安田:yasuda 桑原:kuwabara 川上:kawakami 中井:nakai 熊谷:kumagai 平田:hirata
東:higashi/azuma 大石:oishi 松岡:matsuoka 岩本:iwamoto 川村:kawamura 馬場:baba 星野:hoshino
大森:omori 堀:hori 矢野:yano 吉岡:yoshioka 小西:konishi 荒井:arai 平井:hirai 山根:yamane
片山:katayama 石原:ishihara 大谷:otani 高山:takayama 田辺:tanabe 松村:matsumura 川崎:kawasaki
早川:hayakawa 土屋:tsuchiya 永井:nagai 中尾:nakao 竹田:takeda 榎本:enomoto 宮下:miyashita
内藤:naito 黒田:kuroda 岡崎:okazaki 小田:oda 小沢:ozawa 尾崎:ozaki 川田:kawada 望月:mochizuki
松浦:matsuura 成田:narita 堀内:horiuchi 高井:takai 杉浦:sugiura 岡:oka 村井:murai 山岸:yamagishi
飯塚:iizuka 横田:yokota 森本:morimoto 今村:imamura 関口:sekiguchi 細川:hosokawa 大島:oshima
坂口:sakaguchi 西山:nishiyama 稲垣:inagaki 本間:honma 原口:haraguchi 小野寺:onodera
森下:morishita 北川:kitagawa 吉野:yoshino 久保田:kubota 河合:kawai 大川:okawa 松原:matsubara
浜田:hamada 西尾:nishio 長田:nagata/osada 永田:nagata 坂田:sakata 内山:uchiyama 青山:aoyama
大竹:otake 浅井:asai 堤:tsutsumi 根本:nemoto 森山:moriyama 小原:ohara/kohara 大原:ohara
富田:tomita 石橋:ishibashi 西:nishi 奥村:okumura 篠原:shinohara 上村:uemura/kamimura 福井:fukui
岡村:okamura 宮内:miyauchi 片岡:kataoka 堀田:hotta 高松:takamatsu 田島:tajima 松山:matsuyama
宇野:uno 三宅:miyake 金井:kanai 植田:ueda 水谷:mizutani 岩井:iwai 杉田:sugita 大村:omura
沢田:sawada 藤川:fujikawa 平山:hirayama 植松:uematsu 野崎:nozaki 三上:mikami 吉本:yoshimoto
相馬:soma 池上:ikegami 宮川:miyagawa 安部:abe 土井:doi 児玉:kodama 坂井:sakai 大山:oyama
長尾:nagao 福本:fukumoto 広瀬:hirose 谷:tani 秋元:akimoto 白石:shiraishi 吉井:yoshii
石塚:ishizuka 岩瀬:iwase 中谷:nakatani/nakaya 角田:kakuta/tsunoda 今野:konno 小森:komori
戸田:toda 野中:nonaka 堀江:horie 難波:nanba 三好:miyoshi 古田:furuta 大木:oki 寺田:terada
岸:kishi 岸本:kishimoto 加納:kano 江口:eguchi 鎌田:kamata 足立:adachi 梅田:umeda 石山:ishiyama
松永:matsunaga 入江:irie 安達:adachi 白井:shirai 笠原:kasahara 金田:kaneda 村山:murayama
川島:kawashima 小倉:ogura 牧野:makino 林田:hayashida 稲葉:inaba 大井:oi 黒川:kurokawa
米田:yoneda 長野:nagano 徳永:tokunaga 伊東:ito 河村:kawamura 宮原:miyahara 高島:takashima
二宮:ninomiya 吉沢:yoshizawa 若林:wakabayashi 飯島:iijima 奥田:okuda 上原:uehara 浜口:hamaguchi
吉原:yoshihara 松崎:matsuzaki 南:minami 川原:kawahara 三木:miki 竹中:takenaka 竹下:takeshita
藤野:fujino 大平:ohira 畑:hata 畠山:hatakeyama 浅田:asada 沖田:okita 新田:nitta
千田:senda/chida 日高:hidaka 平川:hirakawa 野上:nogami 小谷:kotani/otani 大田:ota 岩下:iwashita
竹本:takemoto 井口:iguchi 樋口:higuchi 山形:yamagata 相沢:aizawa 会田:aida 相田:aida
青柳:aoyagi 赤木:akagi 秋田:akita 浅見:asami 天野:amano 荒川:arakawa 有田:arita 安西:anzai
飯野:iino 生田:ikuta 池内:ikeuchi 池谷:ikeya 石倉:ishikura 石崎:ishizaki 石渡:ishiwata
磯部:isobe 市村:ichimura 井出:ide 稲田:inada 犬飼:inukai 井原:ihara 今泉:imaizumi 岩佐:iwasa
岩村:iwamura 上杉:uesugi 上山:ueyama 臼井:usui 内海:utsumi 梅原:umehara 梅本:umemoto 江藤:eto
江原:ehara 遠山:toyama 大内:ouchi 大沢:osawa 大関:ozeki 大坪:otsubo 大友:otomo 大沼:onuma
大和田:owada 岡野:okano 岡部:okabe 小笠原:ogasawara 緒方:ogata 尾形:ogata 岡山:okayama
荻野:ogino 奥野:okuno 奥山:okuyama 尾上:onoe 小幡:obata 織田:oda 甲斐:kai 加賀:kaga
香川:kagawa 笠井:kasai 梶原:kajiwara 片桐:katagiri 勝又:katsumata 桂:katsura 門田:kadota
金沢:kanazawa 金山:kanayama 金丸:kanemaru 鹿島:kashima 神谷:kamiya 上条:kamijo 亀井:kamei
亀田:kameda 川井:kawai 川辺:kawabe 河原:kawahara 川本:kawamoto 北島:kitajima 北原:kitahara
北山:kitayama 木内:kiuchi 木戸:kido 木原:kihara 熊田:kumada 倉田:kurata 栗原:kurihara
栗田:kurita 黒木:kuroki 桑田:kuwata 小泉:koizumi 河本:kawamoto/komoto 古賀:koga 小坂:kosaka
坂下:sakashita 相良:sagara 佐久間:sakuma 桜田:sakurada 笹川:sasakawa 佐竹:satake 沢井:sawai
沢村:sawamura 塩田:shiota 塩谷:shioya 重松:shigematsu 篠田:shinoda 柴崎:shibasaki
渋谷:shibuya 島崎:shimazaki 島村:shimamura 下田:shimoda 下村:shimomura 庄司:shoji 白川:shirakawa
白鳥:shiratori 末永:suenaga 菅谷:sugaya 杉原:sugihara 杉村:sugimura 須田:suda 関根:sekine
瀬戸:seto 瀬川:segawa 曽根:sone 高岡:takaoka 高須:takasu 高梨:takanashi 高畑:takahata
高見:takami 高村:takamura 滝沢:takizawa 滝口:takiguchi 武井:takei 竹村:takemura 武藤:muto
立花:tachibana 田所:tadokoro 谷川:tanikawa 谷本:tanimoto 田畑:tabata 玉井:tamai 塚田:tsukada
塚本:tsukamoto 辻本:tsujimoto 土田:tsuchida 筒井:tsutsui 坪井:tsuboi 寺尾:terao 寺島:terashima
寺本:teramoto 土居:doi 東郷:togo 戸川:togawa 富永:tominaga 豊田:toyoda 長岡:nagaoka
中沢:nakazawa 長沢:nagasawa 中原:nakahara 中本:nakamoto 中森:nakamori 永野:nagano
長浜:nagahama 夏目:natsume 成瀬:naruse 南部:nanbu 西岡:nishioka 西原:nishihara 西本:nishimoto
西野:nishino 西脇:nishiwaki 丹羽:niwa 沼田:numata 根岸:negishi 野沢:nozawa 萩原:hagiwara
橋爪:hashizume 長谷部:hasebe 畑中:hatanaka 花田:hanada 早坂:hayasaka 日野:hino 平岡:hiraoka
平松:hiramatsu 平林:hirabayashi 広田:hirota 深沢:fukazawa 深田:fukada 福岡:fukuoka
福原:fukuhara 福永:fukunaga 福山:fukuyama 藤岡:fujioka 藤沢:fujisawa 藤島:fujishima
藤村:fujimura 藤森:fujimori 古屋:furuya 古谷:furuya 北条:hojo 星:hoshi 細田:hosoda 細谷:hosoya
堀口:horiguchi 本多:honda 前川:maekawa 牧:maki 町田:machida 松川:matsukawa 松島:matsushima
松野:matsuno 松平:matsudaira 水上:mizukami 水島:mizushima 溝口:mizoguchi 三田:mita 宮島:miyajima
三輪:miwa 向井:mukai 村岡:muraoka 村松:muramatsu 本木:motoki 本山:motoyama 森岡:morioka
森川:morikawa 森永:morinaga 守屋:moriya 八木:yagi 安井:yasui 矢島:yajima 柳田:yanagida
柳沢:yanagisawa 山岡:yamaoka 山村:yamamura 湯川:yukawa 横井:yokoi 吉永:yoshinaga 米山:yoneyama
若松:wakamatsu 長島:nagashima 橋口:hashiguchi 今田:imada 石黒:ishiguro 宮城:miyagi/miyashiro
金城:kaneshiro/kinjo 比嘉:higa 大城:oshiro 知念:chinen 宮里:miyazato 島袋:shimabukuro
新垣:aragaki/arakaki 仲宗根:nakasone 稲嶺:inamine 玉城:tamaki/tamashiro 翁長:onaga
山城:yamashiro 菅:suga/kan 岸田:kishida 石破:ishiba 鳩山:hatoyama 麻生:aso 羽田:hata/haneda
小渕:obuchi 宮沢:miyazawa 海部:kaifu 東条:tojo 近衛:konoe 犬養:inukai 高市:takaichi 枝野:edano
志位:shii 前原:maehara 玉木:tamaki 泉:izumi 茂木:motegi 上川:kamikawa 猪瀬:inose 舛添:masuzoe
橋下:hashimoto 馬淵:mabuchi 辻元:tsujimoto 不破:fuwa 中曽根:nakasone 田原:tahara 小野田:onoda
三島:mishima 大江:oe 川端:kawabata 黒沢:kurosawa 北野:kitano 羽生:hanyu/habu 錦織:nishikori
大坂:osaka 安倍:abe 袴田:hakamada 奥西:okunishi 免田:menda 赤堀:akahori 菅家:sugaya
重信:shigenobu 北角:kitazumi 蓮池:hasuike 曽我:soga 有本:arimoto 地村:chimura 徳田:tokuda
山上:yamagami 浅沼:asanuma 野坂:nosaka 河上:kawakami 志賀:shiga 平塚:hiratsuka 中江:nakae
西郷:saigo 山川:yamakawa 堺:sakai 荒畑:arahata 麻原:asahara 上祐:joyu 田母神:tamogami
百田:hyakuta 鳥越:torigoe 常岡:tsuneoka 岩谷:iwatani 湯浅:yuasa 辻村:tsujimura
大隈:okuma 板垣:itagaki 山県:yamagata 桂木:katsuragi 吉良:kira
`;

/** Given names, men's and women's; a woman's name in kana (めぐみ) needs no entry. */
export const JAPANESE_GIVEN_NAMES = `
浩:hiroshi/yutaka/ko 博:hiroshi 弘:hiroshi 宏:hiroshi 寛:hiroshi/kan 洋:hiroshi/yo 清:kiyoshi
潔:kiyoshi 茂:shigeru 繁:shigeru 実:minoru 稔:minoru 勇:isamu 勲:isao 功:isao 巌:iwao
勉:tsutomu 努:tsutomu 進:susumu 誠:makoto 真:makoto/shin 学:manabu 修:osamu 治:osamu
明:akira 彰:akira 昭:akira 晃:akira/ko 亮:akira/ryo 章:akira 豊:yutaka 裕:yutaka/hiroshi
隆:takashi 孝:takashi 崇:takashi 貴:takashi 剛:tsuyoshi/go 毅:tsuyoshi/takeshi 武:takeshi
健:ken/takeshi 猛:takeshi 哲:satoshi/tetsu 聡:satoshi 智:satoshi/tomo 敏:satoshi 徹:toru
透:toru 亨:toru 薫:kaoru 馨:kaoru 登:noboru 昇:noboru 保:tamotsu 正:tadashi 忠:tadashi
直:tadashi/nao 仁:hitoshi/jin 等:hitoshi 均:hitoshi 純:jun 淳:jun/atsushi 潤:jun 順:jun
篤:atsushi 敦:atsushi 厚:atsushi 大:dai/hiroshi 肇:hajime 一:hajime 元:hajime/gen
勝:masaru/katsu 優:masaru/yu 賢:masaru/ken 謙:ken 栄:sakae 晋:shin/susumu 伸:shin/shinobu
信:makoto/shin 慎:shin 新:shin/arata 俊:shun/takashi 駿:shun 瞬:shun 圭:kei 啓:kei/hiraku
慶:kei 敬:takashi/kei 涼:ryo 遼:ryo 諒:ryo 陸:riku 蓮:ren 湊:minato 樹:itsuki 悠:yu/haruka
颯:hayate 翔:sho/kakeru 龍:ryu 竜:ryu 譲:yuzuru 望:nozomu 歩:ayumu/ayumi 航:wataru 渉:wataru
大輔:daisuke 大介:daisuke 大樹:daiki/hiroki 大輝:daiki 大地:daichi 大和:yamato 大翔:hiroto/haruto
翔太:shota 翔平:shohei 翔大:shota 拓也:takuya 拓哉:takuya 拓海:takumi 巧:takumi 匠:takumi
達也:tatsuya 竜也:tatsuya 哲也:tetsuya 徹也:tetsuya 和也:kazuya 一也:kazuya 直樹:naoki
直人:naoto 尚人:naoto 直也:naoya 直哉:naoya 健太:kenta 健一:kenichi 健二:kenji 健司:kenji
賢治:kenji 憲治:kenji 研二:kenji 顕治:kenji 謙二:kenji 健三郎:kenzaburo 健太郎:kentaro
一郎:ichiro 一朗:ichiro 二郎:jiro 次郎:jiro 三郎:saburo 四郎:shiro 五郎:goro 太郎:taro
慎太郎:shintaro 晋太郎:shintaro 龍太郎:ryutaro 竜太郎:ryutaro 幸太郎:kotaro 光太郎:kotaro
純一郎:junichiro 潤一郎:junichiro 進次郎:shinjiro 信次郎:shinjiro 雄一郎:yuichiro
誠一:seiichi 正一:shoichi/masakazu 浩一:koichi 幸一:koichi 光一:koichi 孝一:koichi 弘一:koichi
浩二:koji 幸二:koji 孝二:koji 浩司:koji 康夫:yasuo 泰夫:yasuo 靖夫:yasuo 和夫:kazuo 一夫:kazuo
一雄:kazuo 和男:kazuo 和雄:kazuo 幸雄:yukio 幸夫:yukio 由紀夫:yukio 行雄:yukio 秀夫:hideo
英夫:hideo 英雄:hideo 秀雄:hideo 日出男:hideo 義雄:yoshio 良夫:yoshio 芳雄:yoshio 正夫:masao
正雄:masao 昌夫:masao 雅夫:masao 政夫:masao 政雄:masao 信夫:nobuo 伸夫:nobuo 信雄:nobuo
隆夫:takao 孝夫:takao 高雄:takao 卓男:takao 輝夫:teruo 照夫:teruo 明夫:akio 昭夫:akio
昭雄:akio 章夫:akio 敏夫:toshio 俊夫:toshio 利夫:toshio 敏雄:toshio 文雄:fumio 文夫:fumio
勝也:katsuya 克也:katsuya 勝利:katsutoshi 博之:hiroyuki 浩之:hiroyuki 裕之:hiroyuki
宏之:hiroyuki 弘之:hiroyuki 博文:hirobumi 洋平:yohei 陽平:yohei 洋一:yoichi 陽一:yoichi
洋介:yosuke 陽介:yosuke 洋輔:yosuke 雄一:yuichi 裕一:yuichi 祐一:yuichi 勇一:yuichi
裕二:yuji 雄二:yuji 祐二:yuji 勇二:yuji 悠人:yuto 悠斗:yuto 優太:yuta 雄太:yuta 悠真:yuma
颯太:sota 蒼:aoi/so 海斗:kaito 陽太:hinata/yota 隼人:hayato 勇人:hayato 亮太:ryota 涼太:ryota
良太:ryota 亮介:ryosuke 涼介:ryosuke 良介:ryosuke 亮平:ryohei 良平:ryohei 俊介:shunsuke
俊輔:shunsuke 駿介:shunsuke 圭介:keisuke 啓介:keisuke 恵介:keisuke 敬介:keisuke 健介:kensuke
謙介:kensuke 浩介:kosuke 康介:kosuke 耕介:kosuke 幸介:kosuke 晋三:shinzo 信三:shinzo
真一:shinichi 伸一:shinichi 信一:shinichi 慎一:shinichi 進一:shinichi 真二:shinji 伸二:shinji
信二:shinji 慎二:shinji 真司:shinji 伸治:shinji 真也:shinya 伸也:shinya 信也:shinya
慎也:shinya 義偉:yoshihide 佳彦:yoshihiko 義彦:yoshihiko 喜一:kiichi 角栄:kakuei 栄作:eisaku
信介:shinsuke/nobusuke 康弘:yasuhiro 泰弘:yasuhiro 龍馬:ryoma 竜馬:ryoma 隆盛:takamori
重信:shigenobu 公三:kozo 耕三:kozo 幸三:kozo 彰晃:shoko 智津夫:chizuo 繁義:shigeyoshi
昌司:shoji 正二:shoji 昭二:shoji 利和:toshikazu 純平:junpei 淳平:junpei 潤平:junpei 健治:kenji
裕樹:yuki/hiroki 弘樹:hiroki 宏樹:hiroki 浩樹:hiroki 英司:hideji/eiji 英治:eiji 英二:eiji
栄治:eiji 博治:hiroji 雄志:takeshi/yushi 多喜二:takiji 球一:kyuichi 正造:shozo 松陰:shoin
稲次郎:inejiro 参三:sanzo 秀実:hotsumi/hidemi 利彦:toshihiko 保志:yasushi 寛郎:hiroo
春樹:haruki 晴樹:haruki 秀樹:hideki 英樹:hideki 正樹:masaki 雅樹:masaki 政樹:masaki
和樹:kazuki 一樹:kazuki 友樹:tomoki 智樹:tomoki 直紀:naoki 尚樹:naoki 光:hikaru 輝:hikaru
秀俊:hidetoshi 英俊:hidetoshi 正義:masayoshi 正和:masakazu 雅和:masakazu 正人:masato
雅人:masato 将:sho/masaru 翔一:shoichi 正弘:masahiro 雅弘:masahiro 昌弘:masahiro 正博:masahiro
雅博:masahiro 正彦:masahiko 雅彦:masahiko 昌彦:masahiko 和彦:kazuhiko 一彦:kazuhiko
和宏:kazuhiro 一博:kazuhiro 和弘:kazuhiro 克彦:katsuhiko 勝彦:katsuhiko 克己:katsumi
勝美:katsumi 克巳:katsumi 俊彦:toshihiko 敏彦:toshihiko 俊之:toshiyuki 敏之:toshiyuki
利之:toshiyuki 隆之:takayuki 孝之:takayuki 貴之:takayuki 義之:yoshiyuki 善之:yoshiyuki
秀之:hideyuki 英之:hideyuki 正之:masayuki 雅之:masayuki 昌之:masayuki 康之:yasuyuki
泰之:yasuyuki 和之:kazuyuki 一之:kazuyuki 智之:tomoyuki 知之:tomoyuki 友之:tomoyuki
信之:nobuyuki 伸之:nobuyuki 宣之:nobuyuki 茂樹:shigeki 茂雄:shigeo 重雄:shigeo 繁雄:shigeo
清志:kiyoshi 清司:seiji 誠司:seiji 誠二:seiji 清二:seiji 聖二:seiji 征二:seiji 正治:masaharu
正晴:masaharu 雅治:masaharu 正明:masaaki 雅明:masaaki 昌明:masaaki 秀明:hideaki 英明:hideaki
秀人:hideto 英人:hideto 秀一:shuichi/hidekazu 修一:shuichi 周一:shuichi 修二:shuji 修司:shuji
周二:shuji 哲夫:tetsuo 哲雄:tetsuo 哲郎:tetsuro 徹郎:tetsuro 哲司:tetsuji 悟:satoru 覚:satoru
智史:satoshi 聡史:satoshi 敏史:satoshi 雅史:masashi 正史:masashi 昌史:masashi 将史:masashi
剛史:takeshi/tsuyoshi 武志:takeshi 健志:takeshi 武史:takeshi 毅史:takeshi 隆志:takashi
孝志:takashi 高志:takashi 崇史:takashi 貴史:takashi 篤史:atsushi 敦史:atsushi 淳史:atsushi
厚志:atsushi 敦司:atsushi 泰:yasushi/tai 康:yasushi/ko 靖:yasushi 安志:yasushi
恭平:kyohei 京平:kyohei 恭介:kyosuke 恭輔:kyosuke 晃一:koichi 宏一:koichi 公一:koichi
康二:koji 宏二:koji 光司:koji 耕司:koji 宏司:koji 晃司:koji 浩史:hiroshi 博史:hiroshi
弘志:hiroshi 宏志:hiroshi 寛之:hiroyuki 拓:taku 卓:taku/takashi 拓郎:takuro 卓郎:takuro
琢磨:takuma 拓真:takuma 拓馬:takuma 大貴:daiki 大吾:daigo 大悟:daigo 大志:taishi
太一:taichi 太志:taishi 泰三:taizo 泰造:taizo 太陽:taiyo 陽:hinata/yo/akira 陽斗:haruto
陽翔:haruto 晴人:haruto 遥斗:haruto 春人:haruto 悠翔:yuto/haruto 結翔:yuito 蒼太:sota
奏太:sota 颯真:soma 湊斗:minato 朝陽:asahi 旭:asahi 蒼空:sora 空:sora
葵:aoi 律:ritsu 凛:rin 廉:ren 怜:rei/satoshi 玲:rei 礼:rei
雅也:masaya 正也:masaya 将也:masaya 昌也:masaya 龍之介:ryunosuke
竜之介:ryunosuke 龍之助:ryunosuke 慎之介:shinnosuke 新之助:shinnosuke 伸之助:shinnosuke
俊樹:toshiki 敏樹:toshiki 利樹:toshiki 恵三:keizo 敬三:keizo 啓三:keizo 圭三:keizo 武夫:takeo
武雄:takeo 竹雄:takeo 健夫:takeo 岳:gaku/takeshi 学人:gakuto 剛志:tsuyoshi/takeshi
`;

/** Given names, women's. */
export const JAPANESE_GIVEN_NAMES_WOMEN = `
洋子:yoko 陽子:yoko 容子:yoko 葉子:yoko 恵子:keiko 啓子:keiko 敬子:keiko 慶子:keiko 圭子:keiko
京子:kyoko 恭子:kyoko 杏子:kyoko/anzu 幸子:sachiko/yukiko 由紀子:yukiko 雪子:yukiko 裕子:yuko/hiroko
優子:yuko 祐子:yuko 悠子:yuko 夕子:yuko 弘子:hiroko 博子:hiroko 宏子:hiroko 浩子:hiroko
和子:kazuko 一子:kazuko 久美子:kumiko 美智子:michiko 道子:michiko 真理子:mariko 麻里子:mariko
万里子:mariko 典子:noriko 紀子:noriko/kiko 則子:noriko 法子:noriko 直子:naoko 尚子:naoko
奈緒子:naoko 智子:tomoko/satoko 友子:tomoko 知子:tomoko 朋子:tomoko 倫子:tomoko/michiko/rinko
明子:akiko 昭子:akiko 晶子:akiko 章子:akiko 秋子:akiko 亜希子:akiko 順子:junko 純子:junko
淳子:junko/atsuko 潤子:junko 敦子:atsuko 厚子:atsuko 節子:setsuko 信子:nobuko 伸子:nobuko
文子:fumiko/ayako 史子:fumiko 富美子:fumiko 美香:mika 美佳:mika 美加:mika 由美子:yumiko
由美:yumi 裕美:yumi/hiromi 真由美:mayumi 真弓:mayumi 美穂:miho 美保:miho 美帆:miho
美奈子:minako 美和:miwa 美紀:miki 美樹:miki 美希:miki 愛:ai/megumi 愛子:aiko 藍:ai
恵:megumi/kei 恵美:emi/megumi 絵美:emi 恵美子:emiko 絵里:eri 恵理:eri 恵里:eri 絵里子:eriko
恵理子:eriko 香織:kaori 佳織:kaori 香:kaori/kaoru 沙織:saori 詩織:shiori 栞:shiori 麻衣:mai
舞:mai 麻美:asami/mami 真美:mami 彩:aya 綾:aya 彩香:ayaka 綾香:ayaka 綾子:ayako 彩子:ayako
礼子:reiko 玲子:reiko 麗子:reiko 令子:reiko 良子:yoshiko/ryoko 芳子:yoshiko 佳子:yoshiko/keiko/kako
淑子:yoshiko 美子:yoshiko 涼子:ryoko 幸江:yukie 幸恵:yukie 昭恵:akie 明美:akemi 朱美:akemi
秀子:hideko 英子:eiko/hideko 栄子:eiko 静子:shizuko 清子:kiyoko/sayako 澄子:sumiko 千代:chiyo
千代子:chiyoko 千鶴:chizuru 千秋:chiaki 千尋:chihiro 千里:chisato 千恵:chie 知恵:chie 智恵:chie
千夏:chinatsu 夏美:natsumi 菜々子:nanako 奈々:nana 七海:nanami 陽菜:hina/haruna 遥菜:haruna
結衣:yui 由衣:yui 唯:yui 結:yui 結菜:yuna 優奈:yuna 結愛:yua 芽依:mei 咲:saki 早紀:saki
沙紀:saki 咲良:sakura 桜:sakura 美咲:misaki 真央:mao 麻央:mao 美羽:miu 心春:koharu 莉子:riko
理子:riko/michiko 花:hana 華:hana 遥:haruka 遙:haruka 春香:haruka 晴美:harumi 春美:harumi
雅子:masako 昌子:masako 正子:masako 政子:masako 真紀子:makiko 真紀:maki 麻紀:maki 真希:maki
真由:mayu 由香:yuka 由佳:yuka 由香里:yukari 紫:yukari 沙也加:sayaka 清香:sayaka 瞳:hitomi
仁美:hitomi 理恵:rie 理沙:risa 里美:satomi 聡美:satomi 智美:tomomi/satomi 朋美:tomomi
友美:tomomi 美雪:miyuki 深雪:miyuki 由紀:yuki 由希:yuki 有希:yuki 雪:yuki 早苗:sanae
舞子:maiko 麻子:asako 朝子:asako 貴子:takako 孝子:takako 隆子:takako 敏子:toshiko 俊子:toshiko
利子:toshiko 寿子:toshiko/hisako 久子:hisako 尚美:naomi 直美:naomi 奈緒:nao 弘美:hiromi
博美:hiromi 宏美:hiromi 広美:hiromi 美和子:miwako 美代子:miyoko 美津子:mitsuko 光子:mitsuko
満子:mitsuko 美佐子:misako 喜美子:kimiko 君子:kimiko 公子:kimiko 紀美子:kimiko 房子:fusako
富子:tomiko 登美子:tomiko 春子:haruko 晴子:haruko 夏子:natsuko 冬子:fuyuko 花子:hanako
桃子:momoko 百合子:yuriko 百合:yuri 小百合:sayuri 菊子:kikuko 梅子:umeko 松子:matsuko
鶴子:tsuruko 民子:tamiko 玉子:tamako 珠子:tamako 妙子:taeko 多恵子:taeko 照子:teruko
輝子:teruko 勝子:katsuko 清美:kiyomi 泰子:yasuko 康子:yasuko 靖子:yasuko 安子:yasuko 八重:yae
歌子:utako 菜穂子:nahoko 亜紀:aki 亜希:aki 亜由美:ayumi 歩美:ayumi 萌:moe 和美:kazumi
和恵:kazue 和代:kazuyo 佳代:kayo 加代子:kayoko 佳代子:kayoko 喜代子:kiyoko 聖子:seiko
静香:shizuka 静:shizuka 雫:shizuku 桃:momo 杏:anzu/an 杏奈:anna 梓:azusa 茜:akane 楓:kaede
美月:mizuki/mitsuki 瑞希:mizuki 瑞穂:mizuho 瑞樹:mizuki 菜月:natsuki 夏希:natsuki 若菜:wakana
里奈:rina 莉奈:rina 玲奈:rena 麗奈:rena 彩乃:ayano 綾乃:ayano 沙耶:saya 沙羅:sara 留美:rumi
瑠璃:ruri 留美子:rumiko 悦子:etsuko 真澄:masumi 真知子:machiko 町子:machiko 美奈:mina
雅美:masami 正美:masami 雅代:masayo 秀美:hidemi 英美:hidemi/emi 律子:ritsuko 理恵子:rieko
里香:rika 梨花:rika 理香:rika 紀香:norika 房枝:fusae 早紀江:sakie 衣塑子:isoko 恵理香:erika
節:setsu 志保:shiho 志穂:shiho 美智:michi 美千代:michiyo 小夜子:sayoko 小雪:koyuki 千晴:chiharu
千佳:chika 智佳:chika 知佳:chika 由里:yuri 友里:yuri 絵美子:emiko 英恵:hanae 花江:hanae
雅恵:masae 正江:masae 昌枝:masae 久美:kumi 胡桃:kurumi 乃亜:noa 美桜:mio 澪:mio
真琴:makoto 琴美:kotomi 琴音:kotone 響:hibiki 綾音:ayane 彩音:ayane 朱里:akari 明里:akari
灯:akari 紗希:saki 紗季:saki 沙希:saki 芽衣:mei 愛美:manami/emi 真奈美:manami 愛理:airi
愛莉:airi 日向:hinata 陽向:hinata 美優:miyu 心:kokoro 希:nozomi 望美:nozomi
典江:norie 紀江:norie 信江:nobue 光江:mitsue 三枝子:mieko 美恵子:mieko 美枝子:mieko 貞子:sadako
則江:norie 文江:fumie 和歌子:wakako 菊江:kikue 民江:tamie
`;

/**
 * Kanji a given name joins to kana (ひで子 hideko, アヤ子 ayako, みつ江 mitsue), read as in such
 * names.
 */
export const JAPANESE_NAME_ENDINGS = `
子:ko 美:mi 代:yo 江:e 恵:e 枝:e 香:ka 奈:na 乃:no 菜:na 里:ri 郎:ro 雄:o 夫:o 男:o 太:ta
介:suke 平:hei 吉:kichi 蔵:zo 造:zo 司:ji 治:ji 次:ji 絵:e 世:yo
`;

/**
 * Older, variant and simplified forms of kanji in names, as the forms the tables are written in
 * (澤 沢, 邊 辺, 齋 斎; Chinese press: 义 義, 纪 紀), so that 渡邊 and 小澤 are read as 渡辺 and 小沢.
 */
export const KANJI_VARIANTS = `
澤沢 邊辺 邉辺 齋斎 齊斉 廣広 濱浜 濵浜 櫻桜 嶋島 嶌島 﨑崎 嵜崎 髙高 德徳 惠恵 榮栄 實実 眞真
將将 晉晋 國国 壽寿 彌弥 豐豊 禮礼 與与 萬万 曾曽 條条 巖巌 淺浅 黑黒 澁渋 瀨瀬 峯峰 龜亀
义義 纪紀 鸠鳩 纯純 泽沢 边辺 斋斎 广広 滨浜 樱桜 岛島 国国 荣栄 实実 贵貴 伟偉 辉輝 华華
东東 长長 间間 关関 铃鈴 桥橋 树樹 结結 爱愛 丰豊 达達 宽寛 亚亜 绘絵 织織 诚誠 胜勝 晓暁
顺順 丽麗 凉涼 润潤 进進 远遠 宫宮 卫衛 仓倉 冈岡 涩渋 鸟鳥 龟亀 节節 圣聖 齐斉 铁鉄 镰鎌
锦錦 继継 续続 绪緒 总総 维維 绿緑 须須 饭飯 马馬 驹駒 骏駿 鹤鶴 冲沖 乡郷
`;
