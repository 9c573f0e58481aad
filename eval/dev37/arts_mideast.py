"""dev37 excerpts: the Middle East, Turkey and Iran."""

from figset import F

F(
    "Gaza death toll",
    "GAZA (AA) - The death toll from Israel's war on the Gaza Strip has risen to [[45,936|killed;a=the Health Ministry]], while [[109,274 people|injured;a=the Health Ministry]] have been injured, the Health Ministry said on Sunday. "
    "[[At least 11,000 people|missing;a=the ministry;alt=the Health Ministry]] are missing under the rubble, the ministry added.",
)

F(
    "Aid trucks into Gaza",
    "Only [[86 trucks|aid;a=the UN humanitarian office]] carrying aid entered Gaza on Tuesday through the Kerem Shalom crossing, the UN humanitarian office said, far below the [[600 trucks a day|aid;p;a=aid agencies]] that aid agencies say are needed. "
    "[[About 510,000 people|civilians]] in the Strip face catastrophic hunger.",
)

F(
    "Displacement from Rafah",
    "[[About 640,000 people|displaced;a=UNRWA]] have fled Rafah since Israeli forces began their ground operation there {{two weeks}} ago, UNRWA said on Monday. "
    "Many moved to Al-Mawasi, a coastal strip of about {{14 square kilometres}}, where [[fewer than 200 latrines|aid]] serve the crowds.",
)

F(
    "Raids in Jenin and Tulkarm camps",
    "RAMALLAH - [[Some 21,000 residents|displaced;a=UNRWA]] of the Jenin and Tulkarm refugee camps have been forced from their homes by the Israeli military operation, now in its {{fourth week}}, UNRWA said. "
    "Israeli forces have demolished [[more than 100 homes|housing;a=the Palestinian news agency WAFA;alt=WAFA]] in the camps and arrested [[35 Palestinians|arrested;a=the Palestinian news agency WAFA;alt=WAFA]] overnight, the Palestinian news agency WAFA reported.",
)

F(
    "Strikes on southern Lebanon",
    "BEIRUT - Israeli strikes on southern Lebanon and the Bekaa valley killed [[at least 31 people|killed;a=the Lebanese health ministry]] and wounded [[96|injured;a=the Lebanese health ministry]] on Wednesday, the Lebanese health ministry said. "
    "[[More than a million people|displaced;q=at_least;v=1000000;a=the government]] have been displaced, according to the government, [[about 190,000|displaced;a=the government]] of them in collective shelters.",
)

F(
    "Syrian refugees return from neighbouring countries",
    "DAMASCUS - [[More than 410,000 Syrian refugees|returned;a=the UN refugee agency]] have returned from neighbouring countries since December, the UN refugee agency said, along with [[about 1.1 million|returned;a=the UN refugee agency]] people who had been displaced inside Syria. "
    "UNHCR expects [[up to 1.5 million|returned;p;a=UNHCR]] refugees to return this year.",
)

F(
    "Syrians return from Turkey",
    "ANKARA (AA) - [[A total of 145,000 Syrians|returned;a=the Interior Ministry]] have returned voluntarily to their country from Turkey in the past {{seven months}}, the Interior Ministry said on Friday. "
    "The ministry said [[about 2.5 million|displaced;a=The ministry;alt=the Interior Ministry]] Syrians remain in Turkey under temporary protection.",
)

F(
    "Clashes in Sweida",
    "Clashes between Druze fighters and Bedouin tribes in Sweida province have killed [[more than 500 people|killed;a=the Syrian Observatory for Human Rights]] in a week, the Syrian Observatory for Human Rights said, and displaced [[about 87,000|displaced;a=the Syrian Observatory for Human Rights]]. "
    "The government sent [[some 2,500 security personnel|combatants]] to enforce a ceasefire.",
)

F(
    "Strikes on Hodeidah port",
    "SANAA (Xinhua) - Air strikes on the port of Hodeidah killed [[at least 38 people|killed;a=the Houthi-run health ministry]] and injured [[102 others|injured;a=the Houthi-run health ministry]], the Houthi-run health ministry said on Friday. "
    "The strikes destroyed [[three fuel tanks|other]] and [[two cranes|other;u=other]].",
)

F(
    "UN staff detained by Houthis",
    "The Houthis have detained [[another 11 UN staff members|arrested;a=the UN]] in Sanaa, bringing the number of UN personnel held by the group to [[47|arrested;a=the UN]], the UN said on Monday. "
    "[[Dozens of staff|arrested]] of local aid groups and embassies are also held.",
)

F(
    "Migrant boat capsizes off Abyan",
    "ADEN - A boat carrying [[about 260 Ethiopian migrants|displaced;a=the International Organization for Migration]] capsized off the coast of Abyan on Sunday, the International Organization for Migration said. "
    "[[Fifty-two bodies|killed;a=IOM]] have been recovered, [[81 people|missing;a=IOM]] are missing and [[12 survivors|other;a=IOM]] were rescued, IOM said.",
)

F(
    "Iraqi families brought back from al-Hol",
    "BAGHDAD - [[About 600 Iraqi families|returned;a=the Ministry of Migration and Displaced]] were repatriated from Syria's al-Hol camp on Thursday in the {{23rd}} batch of returns, the Ministry of Migration and Displaced said. "
    "The families were taken to the Jeddah rehabilitation centre south of Mosul, which can hold [[about 3,000 people|capacity]], before going home.",
)

F(
    "Yazidis return to Sinjar",
    "DUHOK - [[About 2,300 Yazidi families|returned;a=the Iraqi government]] have returned to Sinjar from camps in the Kurdistan Region since the start of the year, the Iraqi government said, after Baghdad offered {{4 million dinars}} to each returning family. "
    "[[Some 15 camps|capacity]] in Duhok still house [[about 130,000 people|displaced]].",
)

F(
    "Executions in Iran",
    "Iran executed [[at least 853 people|killed;a=the Norway-based group Iran Human Rights;alt=Iran Human Rights]] last year, the highest number in {{nine years}}, the Norway-based group Iran Human Rights said. "
    "[[More than 21,000 people|arrested;a=Iranian police]] were detained during the {{12-day}} war with Israel, Iranian police said.",
)

F(
    "Aftershock in Malatya",
    "MALATYA (AA) - A magnitude {{5.9}} earthquake struck Malatya's Kale district on Wednesday, injuring [[27 people|injured;a=the Disaster and Emergency Management Authority;alt=AFAD]], the Disaster and Emergency Management Authority (AFAD) said. "
    "[[Four buildings|housing]] that had been damaged in the {{February 2023}} earthquakes collapsed. [[More than 400 rescue personnel|other]] were sent to the area, and [[about 300 residents|displaced]] spent the night in tents.",
)

F(
    "Daesh suspects detained across Turkey",
    "ANKARA (AA) - Turkish police detained [[153 suspects|arrested;a=the Interior Ministry]] in operations against the Daesh/ISIS terrorist group across [[30 provinces|other;u=other;a=the Interior Ministry]], the Interior Ministry said on Tuesday. "
    "Police seized [[22 unlicensed guns|other]] and {{$120,000}} in cash.",
)

F(
    "Zaatari at 13",
    "MAFRAQ - Zaatari, the largest camp for Syrian refugees in Jordan, is home to [[about 70,000 people|displaced;a=UNHCR]], UNHCR said on the camp's {{13th}} anniversary. "
    "[[Some 5,000 residents|returned]] have gone back to Syria since December, and [[about 2,000 shelters|capacity]] now stand empty.",
)

F(
    "Sudanese refugees in Egypt",
    "CAIRO - [[About 1.2 million Sudanese|displaced;a=the UN refugee agency]] have entered Egypt since the war began, the UN refugee agency said, making it the largest host of refugees from Sudan. "
    "[[More than 80,000|returned;a=Egyptian officials]] have gone back since the army retook Khartoum, Egyptian officials said.",
)

F(
    "Syrians and Lebanese cross into Syria",
    "DAMASCUS - [[More than 400,000 people|displaced;a=the UN refugee agency]] have crossed from Lebanon into Syria to escape Israeli strikes, the UN refugee agency said on Tuesday. "
    "[[About 280,000|returned;a=the agency;alt=the UN refugee agency]] of them are Syrians going back to their own country, the agency said.",
)

F(
    "Hostages freed in exchange for prisoners",
    "[[Three Israeli hostages|kidnapped;a=the Israeli military]] held in Gaza were handed over to the Red Cross on Saturday, the Israeli military said. "
    "In exchange, Israel freed [[110 Palestinian prisoners|other;a=the Palestinian Prisoners' Club]], [[30|other;a=the Palestinian Prisoners' Club]] of them serving life sentences, according to the Palestinian Prisoners' Club.",
)

F(
    "Gaza hunger and food parcels",
    "The World Food Programme distributed [[over 1.2 million food parcels|aid;a=The World Food Programme]] in Gaza in January, enough to feed [[about 500,000 people|aid;a=The World Food Programme]] for a month, The World Food Programme said. "
    "Its bakeries are producing [[some 400,000 bread bundles|aid]] a day.",
)

F(
    "Northern Israel evacuees",
    "[[Some 68,000 Israelis|displaced;a=the government]] evacuated from communities along the Lebanese border are still living in hotels and rented flats, according to the government. "
    "Hezbollah rockets and drones have damaged [[more than 1,000 buildings|housing;a=the tax authority]] in the north, the tax authority says.",
)

F(
    "Iran deports Afghans",
    "TEHRAN - Iran deported [[more than 500,000 Afghans|returned;a=the Interior Ministry]] in the past {{three months}}, the Interior Ministry said, and plans to send [[as many as 2 million|returned;p;a=the Interior Ministry]] more back by March. "
    "[[About 4,000 Afghans|arrested;a=a lawyer]] are held at a deportation camp near Tehran that was built for [[1,500|capacity;a=a lawyer]], a lawyer told Etemad newspaper.",
)

F(
    "Palestinian prisoners in Israeli jails",
    "[[More than 10,800 Palestinians|arrested;a=Palestinian prisoners' groups]] are held in Israeli jails, [[3,400|arrested;a=Palestinian prisoners' groups]] of them in administrative detention without charge, Palestinian prisoners' groups said. "
    "The Israel Prison Service says its prisons were built for [[about 14,500 inmates|capacity;a=The Israel Prison Service]].",
)

F(
    "IS detainees in northeast Syria",
    "QAMISHLI - The Kurdish-led Syrian Democratic Forces hold [[about 9,000 suspected Islamic State fighters|arrested;a=The Kurdish-led Syrian Democratic Forces]] in [[some two dozen prisons|other;u=structure]] in northeast Syria, the group says. "
    "Al-Hol camp holds [[about 37,000 people|displaced]], most of them women and children.",
)

F(
    "Strike on school shelter in Khan Younis",
    "GAZA (AA) - An Israeli strike on a school sheltering displaced families in Khan Younis killed [[at least 17 Palestinians|killed;a=the Civil Defence]], [[eight|killed;a=the Civil Defence]] of them children, the Civil Defence said on Thursday. "
    "The school housed [[about 2,000 displaced people|displaced]].",
)

F(
    "Families flee camps south of Marib",
    "MARIB - Houthi shelling forced [[about 2,000 families|displaced;a=the government's Executive Unit for IDP Camps]] to flee camps south of Marib city in the past week, the government's Executive Unit for IDP Camps said. "
    "The province has [[197 displacement sites|capacity]] sheltering [[more than 2 million people|displaced]].",
)

F(
    "Terrorists neutralised in northern Iraq",
    "ANKARA (AA) - Turkish security forces neutralised [[17 PKK terrorists|killed;a=the National Defence Ministry]] in northern Iraq and northern Syria over the past week, the National Defence Ministry said on Thursday. "
    "[[Nine members|other;a=the National Defence Ministry]] of the group surrendered to security forces, it said.",
)

F(
    "Egypt cuts interest rates",
    "CAIRO - The Central Bank of Egypt cut its overnight deposit rate by {{225 basis points}} to {{25%}} on Thursday, citing a slowdown in annual urban inflation to {{13.9%}} in March. "
    "The pound traded at {{50.6}} to the dollar.",
)
