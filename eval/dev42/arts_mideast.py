"""dev42 excerpts: the Middle East (Gaza, the West Bank, Israel, Lebanon, Syria, Türkiye, Iraq,
Jordan, Egypt, Yemen).

Marks: [[SPAN|CATEGORY;a=source;alt=...;u=unit;n=noun;p;q=...;v=...]] is a figure, {{SPAN}} a
negative (eval/figset/marks.py)."""

from figset import F

F(
    "Gaza: UNRWA says up to 1.9 million displaced",
    "UNRWA estimates that [[up to 1.9 million people|displaced;a=UNRWA]] are displaced across the Gaza Strip, many of them several times. [[About 1.4 million|displaced;a=the agency;alt=UNRWA]] are crammed into Rafah, the agency says, and [[more than 160 UNRWA staff members|killed;a=the agency;alt=UNRWA]] have been killed since the war began.",
)
F(
    "Gaza: dozens killed in overnight strikes, ministry says",
    "The Gaza health ministry said [[at least 42 people|killed;a=The Gaza health ministry]] were killed and [[more than 100|injured;a=The Gaza health ministry]] injured in Israeli strikes over the past {{24 hours}}. Civil defence teams said [[dozens|missing;a=Civil defence teams]] were still under the rubble in Jabalia.",
)
F(
    "Gaza: aid trucks far below pre-war levels",
    "OCHA said [[65 aid trucks|aid;a=OCHA]] entered Gaza through Kerem Shalom on Sunday, against [[about 500 a day|aid;u=other;a=OCHA]] before the war. WFP said it needs [[at least 600 trucks a month|aid;p;a=WFP]] to reach [[2.1 million people|aid;p;a=WFP]] with basic food.",
)
F(
    "Gaza: 280,000 displaced again after ceasefire collapse",
    "OCHA said [[about 280,000 people|displaced;a=OCHA]] had been displaced in Gaza in the {{two weeks}} after the ceasefire collapsed on {{18 March}}, as evacuation orders covered {{two thirds}} of the Strip. The strikes that ended the truce killed [[more than 400 people|killed;a=the health ministry]] in a single night, according to the health ministry.",
)
F(
    "West Bank: demolitions displaced over 2,000 in a year",
    "Israeli authorities demolished [[1,177 Palestinian-owned structures|housing;a=OCHA]] in the West Bank in {{2023}}, displacing [[2,210 people|displaced;a=OCHA]], including [[1,000 children|displaced;a=OCHA]], according to OCHA.",
)
F(
    "West Bank: 40,000 displaced from northern camps",
    "The Israeli military operation in the northern West Bank has displaced [[about 40,000 Palestinians|displaced;a=UNRWA]] from the Jenin, Tulkarm and Nur Shams refugee camps, UNRWA said. [[At least 12 people|killed;a=the Palestinian health ministry]] were killed in the {{first}} week, according to the Palestinian health ministry.",
)
F(
    "Lebanon: 880,000 displaced, 190,000 in collective shelters",
    "IOM's Displacement Tracking Matrix counted [[more than 880,000 IDPs|displaced;a=IOM's Displacement Tracking Matrix]] in Lebanon in mid-November, and the government said [[around 190,000|displaced;a=the government]] were staying in [[1,020 collective shelters|capacity;a=the government]]. The health ministry said [[more than 3,500 people|killed;a=The health ministry]] had been killed and [[about 15,000|injured;a=The health ministry]] wounded since {{October 2023}}.",
)
F(
    "Lebanon: hundreds of thousands head south after ceasefire",
    "IOM estimates that [[about 600,000 people|returned;a=IOM]] went back to their towns in southern Lebanon and the Bekaa in the {{first}} {{two weeks}} after the ceasefire, while [[some 150,000|displaced;a=IOM]] remain displaced. Many found their homes gone: the National Council for Scientific Research counted [[about 45,000 housing units|housing;a=the National Council for Scientific Research]] damaged or destroyed.",
)
F(
    "Lebanon: strikes on southern villages kill 24",
    "Israeli strikes on villages in southern Lebanon killed [[at least 24 people|killed;a=the health ministry]], including [[six children|killed;a=the health ministry]], the health ministry said on Monday. [[More than 90|injured]] were wounded.",
)
F(
    "Syria: UNHCR expects up to a million refugees to return",
    "UNHCR estimates that [[more than 195,000 Syrian refugees|returned;a=UNHCR]] have returned to Syria since {{8 December}}, most of them from Lebanon and Türkiye, and that [[about 500,000 IDPs|returned;a=UNHCR]] have gone back to their areas of origin. The agency expects [[up to 1 million refugees|returned;p;a=The agency;alt=UNHCR]] to return this year.",
)
F(
    "Syria: earthquake left 265,000 homeless",
    "The earthquake killed [[more than 5,900 people|killed;a=the UN]] in north-west and government-held Syria and left [[about 265,000|displaced;a=the UN]] homeless, the UN said. In Jinderes alone, [[some 1,100 buildings|housing]] collapsed.",
)
F(
    "Türkiye: 1.9 million in tents and container cities",
    "The earthquakes killed [[more than 50,000 people|killed;a=AFAD]] and injured [[more than 107,000|injured;a=AFAD]] in Türkiye, according to AFAD. [[About 1.9 million people|displaced]] are sheltering in tents and container cities. The urbanisation ministry said [[some 227,000 buildings|housing;a=The urbanisation ministry]] had collapsed or must be demolished.",
)
F(
    "Yemen: cholera cases pass 249,000",
    "WHO said Yemen had reported [[more than 249,000 suspected cholera cases|other;a=WHO]] and [[861 associated deaths|killed;a=WHO]] this year, the highest burden in the world. [[About 1.5 million people|aid]] were vaccinated in an oral cholera vaccine campaign in June.",
)
F(
    "Yemen: new displacement in Marib",
    "IOM's Displacement Tracking Matrix tracked [[more than 1,300 households|displaced;a=IOM's Displacement Tracking Matrix]] newly displaced in Marib governorate last month, most of them fleeing fighting in Sirwah. Marib city and its outskirts host [[197 sites|capacity]] for displaced people, the largest of which, Al Jufainah, holds [[an estimated 10,000 families|displaced]].",
)
F(
    "Yemen: floods destroy thousands of shelters in Hodeidah",
    "Torrential rains and floods in Yemen have affected [[more than 560,000 people|civilians;a=OCHA]] since July and killed [[at least 60|killed;a=OCHA]], OCHA said. In Hodeidah, [[some 9,000 shelters|housing]] in displacement sites were destroyed or damaged.",
)
F(
    "Yemen: migrant boat capsizes off Abyan",
    "A boat carrying [[between 150 and 160 Ethiopian migrants|displaced;a=IOM]] capsized off the coast of Abyan, and [[at least 68|killed;a=IOM]] drowned, IOM said. [[Twelve|other]] were rescued and [[74|missing]] are missing.",
)
F(
    "Iraq: thousands of families leave Duhok camps for Sinjar",
    "The Ministry of Migration and Displaced said [[about 10,000 families|returned;a=The Ministry of Migration and Displaced]] had left the camps in Duhok for Sinjar this year, leaving [[some 110,000 people|displaced;a=The Ministry of Migration and Displaced]] in the remaining [[21 camps|capacity;a=The Ministry of Migration and Displaced]].",
)
F(
    "Jordan: Zaatari refugees begin to go home",
    "Zaatari camp, opened in {{2012}}, hosts [[about 80,000 Syrian refugees|displaced;a=UNHCR]], UNHCR says. [[Some 3,500|returned;a=the agency;alt=UNHCR]] went back to Syria in the month after the fall of Assad, the agency said.",
)
F(
    "Gaza: first round of polio vaccination reaches 560,000 children",
    "Health workers vaccinated [[more than 560,000 children|aid;a=WHO]] under {{the age of 10}} in the {{first}} round of the polio campaign in Gaza, WHO said. The campaign relied on pauses in the fighting of {{nine hours}} a day.",
)
F(
    "Israel holding 9,900 Palestinians, prisoners' groups say",
    "Palestinian prisoners' groups said Israel was holding [[more than 9,900 Palestinians|arrested;a=Palestinian prisoners' groups]], including [[about 3,400 administrative detainees|arrested;a=Palestinian prisoners' groups]] held without charge.",
)
F(
    "Israel: 59 hostages remain in Gaza",
    "[[Fifty-nine hostages|kidnapped;a=the Israeli government]] remain in Gaza, [[35|killed;a=the Israeli government]] of whom are believed to be dead, according to the Israeli government.",
)
F(
    "Syria: monitors document 1,500 killed on the coast",
    "The Syrian Network for Human Rights documented [[at least 1,500 people|killed;a=The Syrian Network for Human Rights]] killed in the coastal provinces in March. [[Thousands of Alawite families|displaced;a=UNHCR]] fled across the border to Lebanon's Akkar region, UNHCR said.",
)
F(
    "Yemen: Houthis detain more UN staff",
    "The UN said the Houthis had detained [[another eight UN staff|arrested;a=The UN]] in Saada, bringing to [[23|arrested;a=The UN]] the number of its personnel held. Rights groups say [[as many as 50 staff|arrested;a=Rights groups]] of local NGOs and embassies are also in detention.",
)
F(
    "Gaza: WFP distributed over a million food parcels during truce",
    "WFP said it had distributed [[over 1.2 million food parcels|aid;a=WFP]] in Gaza during the ceasefire, reaching [[about 1 million people|aid;a=WFP]]. Community kitchens were serving [[about 400,000 hot meals a day|aid]].",
)
F(
    "Yemen: strikes on Ras Isa port kill 80",
    "US strikes on the Ras Isa fuel port killed [[at least 80 people|killed;a=the Houthi-run health ministry]] and wounded [[150|injured;a=the Houthi-run health ministry]], the Houthi-run health ministry said.",
)
F(
    "Gaza: flour price soars",
    "In Gaza, the price of a {{25 kg}} bag of flour has risen to {{1,000 shekels}}, about {{$270}}, from {{40 shekels}} before the war, WFP said. Bread is sold at {{five times}} its price of {{2023}}.",
)
F(
    "Yemen: response plan ends the year half funded",
    "The {{2024}} humanitarian response plan for Yemen received {{$1.4 billion}}, or {{52 per cent}} of the {{$2.7 billion}} requested, OCHA said on {{15 January}}. Funding has fallen every year since {{2019}}.",
)
F(
    "Aid worker deaths hit a record, driven by Gaza",
    "The Aid Worker Security Database recorded [[383 aid workers|killed;a=The Aid Worker Security Database]] killed worldwide last year, [[more than 280|killed;a=The Aid Worker Security Database]] of them in Gaza. [[Another 308|injured]] were wounded and [[125|kidnapped]] were kidnapped, most of them national staff.",
)
F(
    "Yemen: 19.5 million need aid this year",
    "OCHA estimates that [[19.5 million people|civilians;a=OCHA]] in Yemen need humanitarian assistance this year, and the response plan targets [[10.5 million|aid;p;a=OCHA]] of them. [[About 4.5 million|displaced]] are internally displaced, many for {{more than five years}}.",
)
