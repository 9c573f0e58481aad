"""dev50 items: new counts and cumulative totals ("bringing the total to", "since the war
began", "in the past 24 hours", "this year alone"), rates, and comparisons with an earlier
period ("up from 3,200 last year").

Marks: [[span|category;a=source;alt=...;u=unit;n=noun;p]] is a figure, {{span}} a negative
(eval/figset/marks.py). The earlier value of a comparison is a figure; the difference between
two counts ("an increase of 340") and its percentage are negatives (see README.md).
"""

from figset import F

F(
    "Channel crossings pass 31,000 for the year",
    "[[More than 1,100 people|displaced;a=the Home Office]] crossed the Channel in [[19 boats|other;a=the Home Office]] on Saturday, the Home Office said, bringing the total for the year to [[31,208|displaced;a=the Home Office]]. "
    "That is already more than the [[27,950|displaced]] who made the crossing in the whole of {{2023}}.",
)

F(
    "Gaza toll passes 43,000, ministry says",
    "Gaza's health ministry said [[52 bodies|killed;a=Gaza's health ministry]] had been brought to hospitals in the past {{24 hours}}, bringing the toll since the war began to [[43,391|killed;a=Gaza's health ministry]]. "
    "[[More than 102,000 people|injured;a=Gaza's health ministry]] have been wounded, it said.",
)

F(
    "Central Mediterranean deaths fall, IOM says",
    "IOM's Missing Migrants Project has recorded [[1,052 deaths|killed;a=IOM's Missing Migrants Project]] on the central Mediterranean route so far this year, down from [[1,810|killed;a=IOM's Missing Migrants Project]] by the same point last year. "
    "Another [[640 people|missing]] are missing at sea. "
    "Italy has registered [[about 46,000 sea arrivals|displaced;a=the interior ministry]], according to the interior ministry.",
)

F(
    "Ukraine: July deadliest month for civilians in a year",
    "The UN Human Rights Monitoring Mission in Ukraine said [[164 civilians|killed;a=The UN Human Rights Monitoring Mission in Ukraine]] were killed and [[1,018|injured;a=The UN Human Rights Monitoring Mission in Ukraine]] injured in {{July}}, the highest monthly count since {{May 2022}}. "
    "Since the full-scale invasion began it has verified [[12,910 civilian deaths|killed;a=The UN Human Rights Monitoring Mission in Ukraine]].",
)

F(
    "Sudan displacement reaches 11.3 million",
    "IOM said [[11.3 million people|displaced;a=IOM]] were now displaced inside Sudan, including [[2.9 million|displaced;a=IOM]] who had fled earlier conflicts before the war began in {{April 2023}}. "
    "[[About 3.9 million|displaced;a=IOM]] more had crossed into neighbouring countries, it said, and [[more than 2,000 people a day|displaced;a=IOM]] were still leaving North Darfur.",
)

F(
    "Mexico's missing: registry passes 120,000",
    "Mexico's national registry lists [[more than 120,000 people|missing;a=the National Search Commission]] as missing, [[about 13,000|missing;a=the National Search Commission]] of them reported this year alone, according to the National Search Commission. "
    "Relatives' groups said they had found [[at least 2,300 bodies|killed;a=Relatives' groups]] in clandestine graves since {{January}}.",
)

F(
    "US border arrests fall sharply",
    "US Border Patrol agents made [[about 56,000 arrests|arrested;a=Customs and Border Protection]] at the southern border in {{September}}, down from [[more than 218,000|arrested;a=Customs and Border Protection]] a year earlier, according to Customs and Border Protection. "
    "Agents also encountered [[about 4,100 unaccompanied children|arrested;a=the agency;alt=Customs and Border Protection]], the agency said.",
)

F(
    "Bangladesh dengue deaths pass 1,200",
    "[[Twenty-one people|killed;a=the Directorate General of Health Services]] died of dengue in the {{24 hours}} to {{8 a.m.}} on Tuesday, bringing this year's toll to [[1,205|killed;a=the Directorate General of Health Services]], the Directorate General of Health Services said. "
    "Hospitals have admitted [[more than 240,000 patients|other;a=the Directorate General of Health Services]] this year, it said, against [[62,400|other;a=the Directorate General of Health Services]] in the whole of last year.",
)

F(
    "Syrians return from Lebanon",
    "Lebanon's General Security said [[more than 300,000 Syrians|returned;a=Lebanon's General Security]] had gone back to Syria since {{December}}, [[about 40,000|returned;a=Lebanon's General Security]] of them in the past month. "
    "[[About 1.4 million Syrians|displaced;a=government estimates]] remain in Lebanon, according to government estimates.",
)

F(
    "Zamfara kidnappings up on last year",
    "[[At least 1,130 people|kidnapped;a=Beacon Security Intelligence]] were abducted in Zamfara State in the first {{six months}} of the year, according to Beacon Security Intelligence, up from [[842|kidnapped;a=Beacon Security Intelligence]] in the same period last year. "
    "Bandits killed [[231 people|killed;a=the firm;alt=Beacon Security Intelligence]] in the state over the half-year, the firm said.",
)

F(
    "Haiti displacement passes 1 million",
    "IOM said the number of people displaced by gang violence in Haiti had risen to [[1.04 million|displaced;a=IOM]], {{three times}} the number a year earlier, when it counted [[about 360,000|displaced;a=IOM]]. "
    "In the capital alone, [[more than 230 displacement sites|capacity;a=the agency;alt=IOM]] now shelter people who fled, the agency said.",
)

F(
    "Rohingya boat departures rise",
    "UNHCR said [[about 3,600 Rohingya|displaced;a=UNHCR]] had set out on boats across the Andaman Sea and the Bay of Bengal this year, up from [[about 2,400|displaced;a=UNHCR]] last year, and that {{one in eight}} had died or gone missing. "
    "[[About 570|displaced]] landed in Aceh in {{November}} alone.",
)

F(
    "Cholera in Congo: 38,000 cases since January",
    "Congo's health ministry has recorded [[more than 38,000 suspected cholera cases|other;a=Congo's health ministry]] and [[812 deaths|killed;a=Congo's health ministry]] since {{January}}, including [[1,120 new cases|other;a=Congo's health ministry]] in the past week. "
    "Last year the ministry counted [[about 24,000 cases|other;a=the ministry;alt=Congo's health ministry]] in all.",
)

F(
    "Lebanon: displaced head south after ceasefire",
    "[[More than 550,000 people|returned;a=IOM]] went back to their areas of origin in the {{72 hours}} after the ceasefire took effect, IOM said. "
    "[[About 180,000|displaced;a=IOM]] were still displaced, it said, [[about 15,000|displaced;a=IOM]] of them in [[112 collective shelters|capacity;a=IOM]].",
)

F(
    "Germany: asylum applications fall",
    "[[About 212,000 people|displaced;a=the Federal Office for Migration and Refugees]] applied for asylum in Germany for the first time last year, down from [[about 305,000|displaced;a=the Federal Office for Migration and Refugees]] in {{2023}}, the Federal Office for Migration and Refugees said. "
    "Syrians, Afghans and Turks made up {{more than half}} of the applicants.",
)

F(
    "Colombia: social leaders killed this year",
    "Indepaz said [[173 social leaders|killed;a=Indepaz]] had been killed in Colombia so far this year, [[12|killed;a=Indepaz]] of them in the past month, compared with [[188|killed;a=Indepaz]] in the whole of last year. "
    "The think tank also counted [[31 former FARC fighters|killed;a=The think tank;alt=Indepaz]] killed since {{January}}.",
)

F(
    "South Sudan: arrivals from Sudan top 860,000",
    "UNHCR said [[more than 860,000 people|displaced;a=UNHCR]] had crossed from Sudan into South Sudan since {{April 2023}}, [[about 620,000|returned;a=UNHCR]] of them South Sudanese going back to a country many had left as refugees. "
    "The transit centre at Renk, built for [[3,000 people|capacity]], held [[more than 12,000|displaced]] on Monday.",
)

F(
    "El Salvador emergency: 83,600 detained",
    "The security ministry said police and soldiers had arrested [[1,243 suspected gang members|arrested;a=The security ministry]] in the past week, bringing the number detained under the state of emergency to [[83,600|arrested;a=The security ministry]]. "
    "[[About 8,000|arrested;a=The security ministry]] have been released for lack of evidence, it said.",
)

F(
    "Mpox in Africa: cases this year pass 2023 total",
    "Africa CDC said [[more than 17,500 mpox cases|other;a=Africa CDC]] and [[517 deaths|killed;a=Africa CDC]] had been reported on the continent this year, already more than the [[14,957 cases|other;a=Africa CDC]] of the whole of last year.",
)

F(
    "Los Angeles fires: evacuation orders lifted for some",
    "[[More than 12,000 structures|housing;a=Cal Fire]] have been destroyed by the fires, Cal Fire said, and [[about 150,000 people|displaced;a=Cal Fire]] remained under evacuation orders, down from [[200,000|displaced;a=Cal Fire]] at the peak. "
    "[[More than 14,000 firefighters|other;a=the agency;alt=Cal Fire]] were on the lines, the agency said.",
)

F(
    "Pakistan deportations of Afghans resume",
    "[[About 1,600 Afghans a day|returned;a=the Torkham border authorities]] were crossing back at Torkham, the Torkham border authorities said, bringing the number who have left Pakistan since the deportation drive began to [[more than 820,000|returned;a=the Torkham border authorities]]. "
    "Of these, [[about 39,000|returned]] were deported outright.",
)

F(
    "Burkina Faso stopped counting its displaced",
    "Burkina Faso's government has not published figures on displacement since {{March 2023}}, when it counted [[2.06 million internally displaced people|displaced;a=Burkina Faso's government]]. "
    "Aid agencies believe the number is now higher, and [[more than 6,000 schools|other;a=Aid agencies;u=structure]] remain closed, they said.",
)

F(
    "Aid worker deaths hit record",
    "The Aid Worker Security Database recorded [[363 aid workers|killed;a=The Aid Worker Security Database]] killed in {{2024}}, up from [[280|killed;a=The Aid Worker Security Database]] in {{2023}}, and [[125|kidnapped;a=The Aid Worker Security Database]] kidnapped. "
    "Most of the dead were Palestinians working for UN agencies and the Palestine Red Crescent.",
)

F(
    "Turkey quake zone: homes rebuilt two years on",
    "Turkey's urbanisation ministry said [[201,580 homes|housing;a=Turkey's urbanisation ministry]] had been handed over in the quake zone, of the [[453,000|housing;a=Turkey's urbanisation ministry;u=structure;p]] it plans to build by the end of the year. "
    "[[About 690,000 people|displaced]] still live in container cities, according to a report by the Turkish Medical Association.",
)

F(
    "Sea-Watch rescue brings year's total past 1,300",
    "The German charity Sea-Watch said its crew had rescued [[74 people|other;a=The German charity Sea-Watch]] from a rubber boat south of Lampedusa on Tuesday, bringing to [[more than 1,300|other;a=The German charity Sea-Watch]] the number it had rescued this year. "
    "[[Two of those rescued|killed;a=The German charity Sea-Watch]] died on board, it said.",
)

F(
    "Hostages: 59 still held in Gaza",
    "Of the [[251 hostages|kidnapped;a=Israeli officials]] taken into Gaza on {{October 7, 2023}}, [[59|kidnapped;a=Israeli officials]] are still held, [[about 35|killed;a=Israeli officials]] of them believed to be dead, Israeli officials say. "
    "[[More than 140|kidnapped]] have been freed in truces and deals.",
)

F(
    "Prisoner exchange: Ukraine says over 4,500 freed since 2022",
    "Ukraine and Russia each released [[84 prisoners|other;a=Ukraine's Coordination Headquarters for the Treatment of Prisoners of War]] on Friday, bringing to [[more than 4,500|other;a=Ukraine's Coordination Headquarters for the Treatment of Prisoners of War]] the number of Ukrainians freed since {{2022}}, Ukraine's Coordination Headquarters for the Treatment of Prisoners of War said.",
)

F(
    "Chad's camps strain as Sudanese refugee numbers grow",
    "Chad now hosts [[about 1.2 million Sudanese refugees|displaced;a=UNHCR]], [[more than 700,000|displaced;a=UNHCR]] of whom arrived since the war began, UNHCR said. "
    "[[Twenty-two camps|capacity]] have been opened since {{2023}}, and [[about 240,000 people|displaced]] still live in makeshift sites along the border.",
)

F(
    "Gaza aid trucks: a fraction of pre-war levels",
    "An average of [[73 trucks a day|aid;a=UN data]] entered Gaza in {{October}}, according to UN data, compared with [[about 500|aid;a=UN data;u=other]] on a working day before the war. "
    "Israel said it would allow [[up to 600 trucks a day|aid;a=Israel;p]] from next month.",
)

F(
    "Journalists killed: CPJ reports record year",
    "The Committee to Protect Journalists said [[124 journalists and media workers|killed;a=The Committee to Protect Journalists;n=journalists and media workers]] were killed this year, up from [[102|killed;a=The Committee to Protect Journalists]] in {{2023}}, {{an increase of 22 per cent}}. "
    "[[361 journalists|arrested;a=The Committee to Protect Journalists]] were in prison on {{December 1}}, it said.",
)

F(
    "Somalia drought: displacement this year",
    "The UN humanitarian office said [[about 423,000 people|displaced;a=The UN humanitarian office]] had been displaced by drought in Somalia since {{January}}, {{an increase of 340,000}} on the same period last year. "
    "[[Some 4.4 million people|civilians;a=the office;alt=The UN humanitarian office]] face acute hunger, the office said, and [[1.6 million children|civilians;a=the office;alt=The UN humanitarian office]] are likely to be acutely malnourished.",
)

F(
    "Migrants in Libya detention: numbers double",
    "[[About 5,200 migrants|arrested;a=IOM]] were held in Libya's official detention centres at the end of {{August}}, IOM said, up from [[about 2,600|arrested;a=IOM]] in {{January}}. "
    "The coast guard intercepted [[more than 14,000 people|other;a=the agency;alt=IOM]] at sea and returned them to Libya over the same period, the agency said.",
)

F(
    "Kenya floods: toll since March reaches 238",
    "Kenya's interior ministry said [[nine more people|killed;a=Kenya's interior ministry]] had died in floods over the weekend, bringing the toll since {{March}} to [[238|killed;a=Kenya's interior ministry]]. "
    "[[More than 235,000 people|displaced;a=Kenya's interior ministry]] have been displaced, and [[75 people|missing;a=Kenya's interior ministry]] are still missing, it said.",
)
