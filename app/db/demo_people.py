"""Word lists for demo debtors: names, cities with real region and area codes, streets, products.

Lists with weights are expanded once into flat tuples so the generator can pick with one random() call.
"""

from dataclasses import dataclass

# (surname, pinyin, relative frequency): the common surnames, most frequent first.
SURNAMES: tuple[tuple[str, str, int], ...] = (
    ("王", "wang", 72), ("李", "li", 71), ("张", "zhang", 68), ("刘", "liu", 54), ("陈", "chen", 46),
    ("杨", "yang", 33), ("黄", "huang", 25), ("赵", "zhao", 22), ("吴", "wu", 21), ("周", "zhou", 20),
    ("徐", "xu", 15), ("孙", "sun", 15), ("马", "ma", 13), ("朱", "zhu", 13), ("胡", "hu", 12),
    ("郭", "guo", 11), ("何", "he", 10), ("林", "lin", 10), ("高", "gao", 10), ("罗", "luo", 9),
    ("郑", "zheng", 9), ("梁", "liang", 8), ("谢", "xie", 7), ("宋", "song", 6), ("唐", "tang", 6),
    ("许", "xu", 6), ("韩", "han", 6), ("邓", "deng", 6), ("冯", "feng", 6), ("曹", "cao", 5),
    ("彭", "peng", 5), ("曾", "zeng", 5), ("肖", "xiao", 5), ("田", "tian", 5), ("董", "dong", 5),
    ("潘", "pan", 4), ("袁", "yuan", 4), ("蔡", "cai", 4), ("蒋", "jiang", 4), ("余", "yu", 4),
    ("于", "yu", 4), ("杜", "du", 4), ("叶", "ye", 4), ("程", "cheng", 4), ("魏", "wei", 3),
    ("苏", "su", 3), ("吕", "lv", 3), ("丁", "ding", 3), ("任", "ren", 3), ("卢", "lu", 3),
    ("姚", "yao", 3), ("沈", "shen", 3), ("钟", "zhong", 3), ("姜", "jiang", 3), ("崔", "cui", 3),
    ("谭", "tan", 3), ("陆", "lu", 2), ("范", "fan", 2), ("汪", "wang", 2), ("廖", "liao", 2),
    ("石", "shi", 2), ("金", "jin", 2), ("韦", "wei", 2), ("贾", "jia", 2), ("夏", "xia", 2),
    ("付", "fu", 2), ("方", "fang", 2), ("邹", "zou", 2), ("熊", "xiong", 2), ("白", "bai", 2),
    ("孟", "meng", 2), ("秦", "qin", 2), ("邱", "qiu", 2), ("侯", "hou", 2), ("江", "jiang", 2),
    ("尹", "yin", 2), ("薛", "xue", 2), ("闫", "yan", 2), ("段", "duan", 2), ("雷", "lei", 2),
    ("龙", "long", 1), ("黎", "li", 1), ("史", "shi", 1), ("陶", "tao", 1), ("贺", "he", 1),
    ("毛", "mao", 1), ("郝", "hao", 1), ("顾", "gu", 1), ("龚", "gong", 1), ("邵", "shao", 1),
    ("万", "wan", 1), ("覃", "qin", 1), ("武", "wu", 1), ("钱", "qian", 1), ("戴", "dai", 1),
    ("严", "yan", 1), ("莫", "mo", 1), ("孔", "kong", 1), ("向", "xiang", 1), ("常", "chang", 1),
    ("欧阳", "ouyang", 1), ("司马", "sima", 1), ("诸葛", "zhuge", 1),
)

# (given name, pinyin)
MALE_GIVEN: tuple[tuple[str, str], ...] = (
    ("伟", "wei"), ("强", "qiang"), ("磊", "lei"), ("军", "jun"), ("勇", "yong"), ("杰", "jie"), ("涛", "tao"),
    ("斌", "bin"), ("超", "chao"), ("明", "ming"), ("刚", "gang"), ("平", "ping"), ("辉", "hui"), ("鹏", "peng"),
    ("志强", "zhiqiang"), ("建华", "jianhua"), ("建国", "jianguo"), ("俊杰", "junjie"), ("浩然", "haoran"),
    ("子轩", "zixuan"), ("宇航", "yuhang"), ("文博", "wenbo"), ("晓东", "xiaodong"), ("海涛", "haitao"),
    ("国强", "guoqiang"), ("永刚", "yonggang"), ("建军", "jianjun"), ("立新", "lixin"), ("志明", "zhiming"),
    ("家豪", "jiahao"), ("天宇", "tianyu"), ("明轩", "mingxuan"), ("振华", "zhenhua"), ("德华", "dehua"),
    ("春生", "chunsheng"), ("卫东", "weidong"), ("红兵", "hongbing"), ("少华", "shaohua"), ("思远", "siyuan"),
    ("博文", "bowen"), ("一鸣", "yiming"), ("嘉诚", "jiacheng"), ("泽宇", "zeyu"), ("凯", "kai"),
    ("亮", "liang"), ("飞", "fei"), ("峰", "feng"), ("鑫", "xin"), ("晨", "chen"), ("宁", "ning"),
)
FEMALE_GIVEN: tuple[tuple[str, str], ...] = (
    ("芳", "fang"), ("娜", "na"), ("敏", "min"), ("静", "jing"), ("丽", "li"), ("艳", "yan"), ("娟", "juan"),
    ("霞", "xia"), ("燕", "yan"), ("玲", "ling"), ("婷", "ting"), ("雪", "xue"), ("慧", "hui"), ("颖", "ying"),
    ("秀英", "xiuying"), ("桂英", "guiying"), ("秀兰", "xiulan"), ("丽娟", "lijuan"), ("晓燕", "xiaoyan"),
    ("海燕", "haiyan"), ("雅琪", "yaqi"), ("欣怡", "xinyi"), ("梓涵", "zihan"), ("诗涵", "shihan"),
    ("婉清", "wanqing"), ("佳怡", "jiayi"), ("雨桐", "yutong"), ("思琪", "siqi"), ("春梅", "chunmei"),
    ("红梅", "hongmei"), ("美玲", "meiling"), ("淑珍", "shuzhen"), ("玉兰", "yulan"), ("凤英", "fengying"),
    ("晓红", "xiaohong"), ("丽华", "lihua"), ("文静", "wenjing"), ("梦瑶", "mengyao"), ("心怡", "xinyi"),
    ("紫萱", "zixuan"), ("嘉欣", "jiaxin"), ("晓丽", "xiaoli"), ("秀梅", "xiumei"), ("琳", "lin"),
    ("倩", "qian"), ("莉", "li"), ("萍", "ping"), ("洁", "jie"), ("蕾", "lei"), ("薇", "wei"),
)

ENGLISH_MALE: tuple[str, ...] = (
    "James", "John", "Robert", "Michael", "David", "William", "Richard", "Thomas", "Daniel", "Matthew",
    "Andrew", "Mark", "Paul", "Steven", "Kevin", "Brian", "Peter", "Edward", "Jason", "Ryan",
)
ENGLISH_FEMALE: tuple[str, ...] = (
    "Mary", "Jennifer", "Linda", "Elizabeth", "Susan", "Jessica", "Sarah", "Karen", "Emily", "Michelle",
    "Laura", "Emma", "Olivia", "Sophie", "Rachel", "Hannah", "Grace", "Alice", "Helen", "Claire",
)
ENGLISH_SURNAMES: tuple[str, ...] = (
    "Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson", "Taylor",
    "Thomas", "Moore", "Martin", "Jackson", "Thompson", "White", "Harris", "Clark", "Lewis", "Walker",
    "Hall", "Allen", "Young", "King", "Wright", "Scott", "Green", "Baker", "Adams", "Nelson",
    "Campbell", "Mitchell", "Roberts", "Carter", "Phillips", "Evans", "Turner", "Parker", "Collins", "Edwards",
)


@dataclass(frozen=True)
class District:
    name_zh: str
    name_en: str
    region_code: str  # GB/T 2260 county-level code, the first six digits of a resident ID


@dataclass(frozen=True)
class City:
    province_zh: str  # empty for the municipalities (北京市, 上海市, ...)
    name_zh: str
    name_en: str
    area_code: str  # trunk prefix without the 0: 10 for Beijing (010)
    districts: tuple[District, ...]
    local_digits: int = 8  # length of a landline number after the area code


def _d(name_zh: str, name_en: str, code: str) -> District:
    return District(name_zh, name_en, code)


CITIES: tuple[City, ...] = (
    City("", "北京市", "Beijing", "10", (_d("东城区", "Dongcheng", "110101"), _d("朝阳区", "Chaoyang", "110105"),
                                          _d("海淀区", "Haidian", "110108"))),
    City("", "上海市", "Shanghai", "21", (_d("黄浦区", "Huangpu", "310101"), _d("徐汇区", "Xuhui", "310104"),
                                           _d("浦东新区", "Pudong", "310115"))),
    City("", "天津市", "Tianjin", "22", (_d("和平区", "Heping", "120101"), _d("南开区", "Nankai", "120104"))),
    City("", "重庆市", "Chongqing", "23", (_d("渝中区", "Yuzhong", "500103"), _d("江北区", "Jiangbei", "500105"))),
    City("广东省", "广州市", "Guangzhou", "20", (_d("越秀区", "Yuexiu", "440104"), _d("天河区", "Tianhe", "440106"))),
    City("广东省", "深圳市", "Shenzhen", "755", (_d("福田区", "Futian", "440304"), _d("南山区", "Nanshan", "440305"))),
    City("浙江省", "杭州市", "Hangzhou", "571", (_d("上城区", "Shangcheng", "330102"), _d("西湖区", "Xihu", "330106"))),
    City("江苏省", "南京市", "Nanjing", "25", (_d("玄武区", "Xuanwu", "320102"), _d("鼓楼区", "Gulou", "320106"))),
    City("江苏省", "苏州市", "Suzhou", "512", (_d("姑苏区", "Gusu", "320508"),)),
    City("四川省", "成都市", "Chengdu", "28", (_d("锦江区", "Jinjiang", "510104"), _d("武侯区", "Wuhou", "510107"))),
    City("湖北省", "武汉市", "Wuhan", "27", (_d("江岸区", "Jiang'an", "420102"), _d("武昌区", "Wuchang", "420106"))),
    City("陕西省", "西安市", "Xi'an", "29", (_d("新城区", "Xincheng", "610102"), _d("雁塔区", "Yanta", "610113"))),
    City("湖南省", "长沙市", "Changsha", "731", (_d("芙蓉区", "Furong", "430102"), _d("岳麓区", "Yuelu", "430104"))),
    City("山东省", "济南市", "Jinan", "531", (_d("历下区", "Lixia", "370102"),)),
    City("山东省", "青岛市", "Qingdao", "532", (_d("市南区", "Shinan", "370202"),)),
    City("河南省", "郑州市", "Zhengzhou", "371", (_d("中原区", "Zhongyuan", "410102"), _d("金水区", "Jinshui", "410105"))),
    City("福建省", "厦门市", "Xiamen", "592", (_d("思明区", "Siming", "350203"),), 7),
    City("福建省", "福州市", "Fuzhou", "591", (_d("鼓楼区", "Gulou", "350102"),)),
    City("辽宁省", "沈阳市", "Shenyang", "24", (_d("和平区", "Heping", "210102"),)),
    City("辽宁省", "大连市", "Dalian", "411", (_d("中山区", "Zhongshan", "210202"),)),
    City("黑龙江省", "哈尔滨市", "Harbin", "451", (_d("道里区", "Daoli", "230102"),)),
    City("云南省", "昆明市", "Kunming", "871", (_d("五华区", "Wuhua", "530102"),)),
    City("安徽省", "合肥市", "Hefei", "551", (_d("庐阳区", "Luyang", "340103"),)),
    City("河北省", "石家庄市", "Shijiazhuang", "311", (_d("长安区", "Chang'an", "130102"),)),
)

# (street in Chinese, the same in English)
STREETS: tuple[tuple[str, str], ...] = (
    ("人民路", "Renmin Road"), ("解放路", "Jiefang Road"), ("中山路", "Zhongshan Road"), ("建设路", "Jianshe Road"),
    ("和平路", "Heping Road"), ("新华路", "Xinhua Road"), ("胜利路", "Shengli Road"), ("文化路", "Wenhua Road"),
    ("科技路", "Keji Road"), ("长江路", "Changjiang Road"), ("黄河路", "Huanghe Road"), ("朝阳路", "Chaoyang Road"),
    ("光明街", "Guangming Street"), ("幸福街", "Xingfu Street"), ("东风路", "Dongfeng Road"), ("青年路", "Qingnian Road"),
)

# Mobile prefixes of the three carriers (13x/15x/18x/19x), all valid for libphonenumber.
MOBILE_PREFIXES: tuple[str, ...] = (
    "130", "131", "132", "133", "134", "135", "136", "137", "138", "139",
    "150", "151", "152", "153", "155", "156", "157", "158", "159",
    "180", "181", "182", "183", "184", "185", "186", "187", "188", "189",
    "191", "193", "195", "198", "199",
)

# Card BINs of large Chinese issuers: the first six digits of the demo account numbers.
CARD_BINS: tuple[str, ...] = ("622588", "622848", "621700", "622202", "625802", "622155", "628288")

PRODUCTS_ZH: tuple[str, ...] = ("信用卡 标准卡", "信用卡 金卡", "信用卡 白金卡", "信用卡 账单分期", "信用卡 现金分期")
PRODUCTS_EN: tuple[str, ...] = ("Classic Card", "Gold Card", "Platinum Card", "Card Instalment Plan", "Cash Instalment")
PAYMENT_CHANNELS: tuple[str, ...] = ("bank_transfer", "alipay", "wechat_pay", "auto_debit", "branch_counter")

# (login, display name, role)
DEMO_AGENTS: tuple[tuple[str, str, str], ...] = (
    ("demo", "演示坐席 Demo Agent", "agent"),
    ("li.na", "李娜", "agent"),
    ("wang.qiang", "王强", "agent"),
    ("chen.jing", "陈静", "agent"),
    ("emily.clark", "Emily Clark", "agent"),
    ("zhou.min", "周敏", "qa"),
    ("liu.yang", "刘洋", "supervisor"),
)

# (outcome code, weight, answered?) for earlier demo calls
DEMO_CALL_OUTCOMES: tuple[tuple[str, int, bool], ...] = (
    ("no_answer", 30, False), ("busy", 6, False), ("voicemail", 5, False), ("out_of_service", 2, False),
    ("rpc_ptp", 16, True), ("rpc_callback", 9, True), ("rpc_hardship", 8, True), ("rpc_refusal", 5, True),
    ("rpc_dispute", 2, True), ("rpc_paid", 3, True), ("tp_message", 9, True), ("tp_none", 3, True),
    ("wrong_number", 2, True),
)

CALL_NOTES_ZH: dict[str, tuple[str, ...]] = {
    "rpc_ptp": ("客户承诺发工资后还款。", "客户同意先还最低还款额。", "客户表示本周内通过支付宝还款。"),
    "rpc_callback": ("客户在开会，约定晚些回电。", "客户要求明天上午再联系。"),
    "rpc_hardship": ("客户失业三个月，正在找工作，希望分期。", "家人住院，暂时资金紧张，已说明延期方案。"),
    "rpc_refusal": ("客户情绪激动，拒绝还款，已告知后续流程。",),
    "rpc_dispute": ("客户对年费有异议，已登记并暂停催收该笔。",),
    "rpc_paid": ("客户称昨日已还款，待核实。",),
    "tp_message": ("家属接听，已请其转告回电，未透露欠款信息。",),
    "tp_none": ("同事接听，未留言。",),
    "wrong_number": ("接听人表示不认识该客户。",),
}
CALL_NOTES_EN: dict[str, tuple[str, ...]] = {
    "rpc_ptp": ("Promised to pay after payday.", "Agreed to pay the minimum first."),
    "rpc_callback": ("In a meeting; asked to be called back later.",),
    "rpc_hardship": ("Lost job three months ago; asked about instalments.",),
    "rpc_refusal": ("Refused to pay; next steps explained calmly.",),
    "rpc_dispute": ("Disputes the annual fee; dispute logged, collection on it paused.",),
    "rpc_paid": ("Says the payment was made yesterday; to be checked.",),
    "tp_message": ("Family member answered; asked for a call back, nothing disclosed.",),
    "tp_none": ("Colleague answered; no message left.",),
    "wrong_number": ("The person does not know the debtor.",),
}


def expand(weighted: tuple[tuple[str, str, int], ...]) -> tuple[tuple[str, str], ...]:
    """Repeat each (name, pinyin) by its weight so one uniform pick follows the frequencies."""
    return tuple((name, pinyin) for name, pinyin, weight in weighted for _ in range(weight))
