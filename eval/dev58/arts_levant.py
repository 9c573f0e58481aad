"""dev58 items: Israel, Gaza, the West Bank and Lebanon, Syria, Iraq, Iran, Türkiye and Yemen as
the armies, health and interior ministries, coalition and movement spokesmen and the agencies
that carry them report it (IDF, Gaza's and Lebanon's health ministries, COGAT, SANA, Anadolu,
IRNA, the Saudi Press Agency, Iraq's Security Media Cell), with one item that holds numbers but
no figure.

Marks: [[span|category;a=source;alt=...;u=unit;n=noun;p]] is a figure, {{span}} a negative
(eval/figset/marks.py).
"""

from figset import F

F(
    "IDF says it struck 40 targets and killed 15 gunmen in Gaza",
    "The Israeli military said its aircraft struck [[about 40 terror targets|other;u=other;a=The Israeli military]] across the Gaza Strip over the past day, including weapons depots, tunnel shafts and launch posts. "
    "Troops of the {{162nd Division}} eliminated [[15 terrorists|killed;a=The Israeli military]] in close-quarters combat in Rafah, it said. "
    "Gaza's health ministry said [[52 people|killed;a=Gaza's health ministry]] had been killed and [[118|injured;a=Gaza's health ministry]] wounded in Israeli strikes in the same period, without distinguishing between civilians and fighters.",
)

F(
    "Gaza health ministry says death toll passes 36,400",
    "The death toll from Israel's offensive in Gaza has risen to [[36,412|killed;a=the health ministry in the Hamas-run territory]], with [[72,300|injured;a=the health ministry in the Hamas-run territory]] wounded, the health ministry in the Hamas-run territory said on Tuesday. "
    "[[Sixty-one of them|killed;n=-;a=the health ministry in the Hamas-run territory]] were killed in the past {{24 hours}}, it said. "
    "The ministry estimates that [[about 8,700 people|missing;a=The ministry;alt=the health ministry in the Hamas-run territory]] are still missing under the rubble. "
    "The Israeli military says it has killed [[about 14,500 fighters|killed;a=The Israeli military]] since the war began.",
)

F(
    "Israel and UN give different counts of aid trucks entering Gaza",
    "COGAT, the Israeli defence ministry body that coordinates aid, said [[312 trucks|aid;a=COGAT]] of food, water and medical supplies had been inspected and transferred into Gaza on {{19 May}}, and that [[about 130 more|aid;n=-;u=other;a=COGAT]] were waiting on the Gaza side for collection. "
    "The UN's tracking dashboard recorded [[only 74 trucks|aid;a=The UN's tracking dashboard]] offloaded and collected the same day. "
    "A UN spokesperson said insecurity on the road from Kerem Shalom made it impossible to move more, and that [[at least 11 trucks|aid;a=A UN spokesperson]] had been looted by armed men. "
    "The UN says Gaza needs [[500 trucks a day|aid;p;a=The UN]].",
)

F(
    "Qatar says hostages and prisoners released on the truce's latest day",
    "[[Nine Israeli women and children|kidnapped;n=women and children;a=Qatar's foreign ministry spokesman]] held in Gaza were released on Monday along with [[seven Thai farm workers|kidnapped;a=Qatar's foreign ministry spokesman]], Qatar's foreign ministry spokesman said. "
    "Israel's Prison Service said it had released [[27 Palestinian prisoners|other;a=Israel's Prison Service]] from Ofer and Damon prisons, [[19 of them|other;n=-;a=Israel's Prison Service]] {{under 18}}. "
    "The truce, which began on {{24 November}}, was extended by {{two days}}.",
)

F(
    "Lebanon's health ministry says Israeli strikes kill 23 in the south",
    "Israeli strikes on southern Lebanon and the Bekaa Valley killed [[23 people|killed;a=Lebanon's health ministry]] and wounded [[87|injured;a=Lebanon's health ministry]] on Thursday, Lebanon's health ministry said in a statement carried by the state-run National News Agency. "
    "The Israeli army said it had struck [[about 120 Hezbollah targets|other;u=other;a=The Israeli army]], including launchers and command posts. "
    "Hezbollah said its fighters had fired [[35 rockets|other;a=Hezbollah]] at the headquarters of the {{91st Division}}. "
    "Beirut accused Israel of violating {{Resolution 1701}}.",
)

F(
    "Israel's north: 53,000 still away from their homes near the border",
    "[[Some 53,000 residents|displaced;a=the Prime Minister's Office]] of [[39 communities|other;u=other;a=the Prime Minister's Office]] along the Lebanese border remain evacuated, the Prime Minister's Office said, as the government extended hotel funding until {{March}}. "
    "The Israel Tax Authority said [[about 1,900 homes|housing;a=The Israel Tax Authority]] had been damaged by rockets and anti-tank missiles. "
    "Magen David Adom said [[three people|injured;a=Magen David Adom]] were lightly hurt on Wednesday when a drone hit a building in Metula, {{about 400 metres}} from the border.",
)

F(
    "Lebanon says displaced are heading home after the ceasefire",
    "Before the ceasefire, [[nearly 980,000 people|displaced;a=Lebanon's Disaster Risk Management Unit]] had been displaced, [[about 170,000 of them|displaced;n=-;a=Lebanon's Disaster Risk Management Unit]] in [[863 collective shelters|capacity;a=Lebanon's Disaster Risk Management Unit]] such as schools, Lebanon's Disaster Risk Management Unit said. "
    "Since the truce took effect at {{04:00}} on Wednesday, [[about 560,000 people|returned;a=the unit;alt=Lebanon's Disaster Risk Management Unit]] have gone back to the south, the Bekaa and Beirut's southern suburbs, the unit said. "
    "The Israeli army's Arabic-language spokesman listed [[58 villages|other;a=The Israeli army's Arabic-language spokesman]] near the border that residents should not yet approach.",
)

F(
    "SANA: army units kill dozens of terrorists in Idlib countryside",
    "Army units targeted the positions of terrorist organisations in the southern Idlib countryside, killing [[dozens of terrorists|killed;a=a military source]] and destroying [[seven vehicles equipped with heavy machine guns|other;n=vehicles;a=a military source]] and [[four drones|other;a=a military source]], SANA quoted a military source as saying. "
    "The source said the terrorists had fired [[more than 20 rocket shells|other;a=The source;alt=a military source]] at residential areas in Suqaylabiyah, wounding [[three civilians|injured;a=The source;alt=a military source]]. "
    "The Syrian Observatory for Human Rights, a UK-based monitor, said [[nine fighters|killed;a=The Syrian Observatory for Human Rights]] of Hayat Tahrir al-Sham and [[four soldiers|killed;a=The Syrian Observatory for Human Rights]] had died in the heaviest fighting since the {{March 2020}} ceasefire.",
)

F(
    "Syria's interior ministry says 14 security personnel killed in Sweida clashes",
    "[[Fourteen members of the security forces|killed;n=members;a=Syria's Interior Ministry]] were killed and [[31|injured;a=Syria's Interior Ministry]] injured in clashes with outlaw groups in Sweida province, Syria's Interior Ministry said on {{20 July}}. "
    "The Sweida governor said [[about 63,000 people|displaced;a=The Sweida governor]] had left their homes in the city and surrounding villages. "
    "In neighbouring Daraa, the governorate said it was hosting [[about 2,300 families|displaced;a=the governorate]] in [[38 shelter centres|capacity;a=the governorate]]. "
    "The Syrian Arab Red Crescent sent [[32 trucks|aid]] of flour, medicine and fuel on Tuesday.",
)

F(
    "Turkish minister says more than 315,000 Syrians have gone back",
    "[[More than 315,000 Syrians|returned;a=Turkey's Interior Minister]] have returned voluntarily to their country since {{8 December}}, Turkey's Interior Minister said on Thursday. "
    "[[About 41,000|returned;a=Turkey's Interior Minister]] crossed in the past month alone, most through the Cilvegözü and Öncüpınar gates, he said. "
    "[[About 2.6 million Syrians|displaced;a=the ministry's migration directorate]] remain under temporary protection in Türkiye, according to the ministry's migration directorate.",
)

F(
    "Turkish Defence Ministry says 13 PKK members neutralised",
    "Turkish forces neutralised [[13 PKK/YPG terrorists|killed;a=the Turkish Defence Ministry]] in the Claw-Lock operation area in northern Iraq and in the Peace Spring area in northern Syria, the Turkish Defence Ministry said on Thursday. "
    "At its weekly briefing, the ministry said [[a total of 1,147 terrorists|killed;a=the ministry;alt=the Turkish Defence Ministry]] had been neutralised since {{1 January}}, and that [[12 caves and shelters|other;n=caves and shelters;u=structure;a=the ministry;alt=the Turkish Defence Ministry]] used by the group had been destroyed. "
    "It said [[two PKK members|combatants;a=the Turkish Defence Ministry]] had surrendered to security forces at the Habur border gate.",
)

F(
    "Four PKK terrorists neutralised in northern Iraq, ministry says",
    "Turkish security forces have neutralised [[four PKK terrorists|other;a=the National Defence Ministry]] in northern Iraq's Hakurk region, the National Defence Ministry said on Sunday. "
    "Turkish authorities use the term neutralised to imply the terrorists in question surrendered or were killed or captured. "
    "In its more than {{four-decade}} terror campaign against Türkiye, the PKK has been responsible for the deaths of [[tens of thousands of people|killed]], including women, children and infants.",
)

F(
    "Iraqi forces kill nine Daesh militants in Hamrin mountains",
    "Iraqi forces killed [[nine Daesh terrorists|killed;a=the Security Media Cell]], destroyed [[four hideouts|other;u=structure;a=the Security Media Cell]] and seized [[three explosive belts|other;u=other;a=the Security Media Cell]] in an operation in the Hamrin mountains, the Security Media Cell said on Wednesday. "
    "The operation was backed by [[two air strikes|other;u=other;a=the Security Media Cell]] by Iraqi {{F-16}} jets, it said. "
    "The Joint Operations Command said the area, about {{60 km}} north-east of Baquba, had been used to attack army posts along the Kirkuk road.",
)

F(
    "Iraq brings home another 582 families from Syria's al-Hol camp",
    "[[582 Iraqi families|returned;a=Iraq's Ministry of Migration and Displacement]] comprising [[2,176 people|returned;a=Iraq's Ministry of Migration and Displacement]] arrived at the {{Jeddah 1}} rehabilitation centre south of Mosul on Tuesday, Iraq's Ministry of Migration and Displacement said, the {{21st}} group to leave al-Hol. "
    "The ministry expects [[about 3,000 more families|returned;p;a=The ministry;alt=Iraq's Ministry of Migration and Displacement]] to be repatriated by the end of the year. "
    "[[About 16,000 Iraqis|displaced;a=Iraq's Ministry of Migration and Displacement]] are still in the camp, it said.",
)

F(
    "IRGC says it struck 17 positions of 'terrorist groups' in Iraq's Kurdistan region",
    "The ground force of Iran's Islamic Revolutionary Guard Corps said it had struck [[17 positions of separatist terrorist groups|other;n=positions;a=The ground force of Iran's Islamic Revolutionary Guard Corps]] in the Kurdistan region of Iraq with missiles and drones, IRNA reported. "
    "The statement said {{Fateh-110}} missiles had been used. "
    "The Kurdistan Regional Government's interior ministry said [[two civilians|killed;a=The Kurdistan Regional Government's interior ministry]] were killed and [[11|injured;a=The Kurdistan Regional Government's interior ministry]] injured near Koya, {{65 km}} east of Erbil.",
)

F(
    "Iran's health ministry says 311 killed in Israeli strikes",
    "Israeli strikes across Iran have killed [[311 people|killed;a=Iran's health ministry spokesman]] and injured [[1,840|injured;a=Iran's health ministry spokesman]] since {{13 June}}, Iran's health ministry spokesman said, according to IRNA. "
    "The Israeli military said [[about 200 fighter jets|other;u=other;a=The Israeli military]] had struck [[more than 100 targets|other;u=other;a=The Israeli military]] in the first wave of its operation. "
    "Israel's Prime Minister's Office said [[19 people|killed;a=Israel's Prime Minister's Office]] had been killed in Israel by missiles fired in what Iran called {{Operation True Promise 3}}.",
)

F(
    "Coalition says it intercepted six drones launched at Khamis Mushait",
    "The Coalition to Restore Legitimacy in Yemen intercepted and destroyed [[six explosive-laden drones|other;a=the coalition;alt=The Coalition to Restore Legitimacy in Yemen]] launched by the Houthi militia towards Khamis Mushait, the coalition said in a statement carried by the Saudi Press Agency (SPA). "
    "Debris fell on a residential area, lightly injuring [[eight civilians|injured;a=The Coalition to Restore Legitimacy in Yemen]], it said. "
    "The Houthi military spokesman said the group had launched [[nine drones|other;a=The Houthi military spokesman]] and a {{Quds-2}} cruise missile at King Khalid Air Base.",
)

F(
    "ICRC flights carry released detainees between Yemen and Saudi Arabia",
    "The International Committee of the Red Cross (ICRC) said [[more than 640 detainees|other;a=The International Committee of the Red Cross (ICRC)]] had been released and transported on [[11 flights|other;a=The International Committee of the Red Cross (ICRC)]] between Sanaa, Aden, Marib and Abha over {{three days}}. "
    "The Saudi-led coalition said [[96 Houthi detainees|other;a=The Saudi-led coalition]] had been flown from Abha to Sanaa. "
    "The Houthis freed [[12 Saudis|other]] and [[four Sudanese nationals|other]] in return.",
)

F(
    "Houthi spokesman claims missile attack on ship in the Red Sea",
    "The Houthis' military spokesman said on Tuesday that the group had fired a {{Palestine-2}} hypersonic missile at a container ship about {{120 nautical miles}} west of Hodeidah at {{01:30}} local time. "
    "The UK Maritime Trade Operations agency (UKMTO) said the master had reported a splash {{2 nautical miles}} off the starboard side and no damage. "
    "The attack was the first claimed since {{Resolution 2722}} was adopted in {{January 2024}}; war-risk premiums for Red Sea transits have risen to about {{0.7%}} of a ship's value.",
)

F(
    "Jordan carries out five airdrops over northern Gaza with partners",
    "The Jordan Armed Forces-Arab Army said its aircraft had carried out [[five airdrops|aid;a=The Jordan Armed Forces-Arab Army]] over northern Gaza with aircraft from Egypt, the UAE and France, bringing its total since {{October 2023}} to [[112|aid;u=other;a=The Jordan Armed Forces-Arab Army]]. "
    "The Jordan Hashemite Charity Organization said [[60 trucks|aid;a=The Jordan Hashemite Charity Organization]] carrying [[about 900 tonnes of flour|aid;n=tonnes;a=The Jordan Hashemite Charity Organization]] had left Amman for Kerem Shalom, and that [[a further 45|aid;p;u=other;a=The Jordan Hashemite Charity Organization]] would follow next week.",
)

F(
    "Egyptian Red Crescent says 134 trucks crossed through Rafah",
    "[[134 trucks|aid;a=the Egyptian Red Crescent]] carrying [[about 2,300 tonnes of food, water and medicine|aid;n=tonnes;a=the Egyptian Red Crescent]] crossed into Gaza through the Rafah crossing by {{18:00}} on Thursday, the Egyptian Red Crescent said. "
    "[[A further 200 trucks|aid;p]] are expected to cross on Friday if Israeli inspections at Nitzana keep pace. "
    "The crossing also let [[41 wounded Palestinians|injured;a=Al-Qahera News]] and [[38 companions|displaced;a=Al-Qahera News]] into Egypt for treatment, Al-Qahera News, an Egyptian state-affiliated channel, reported.",
)

F(
    "Israeli army says 22 wanted Palestinians arrested overnight in West Bank",
    "Israeli forces arrested [[22 wanted persons|arrested;a=the military]] in overnight raids across the West Bank, the military said, [[nine of them|arrested;n=-;a=the military]] in Nablus. "
    "The Palestinian health ministry in Ramallah said [[three Palestinians|killed;a=The Palestinian health ministry in Ramallah]] were killed by Israeli fire in Jenin. "
    "Troops closed {{Route 60}} near Huwara for {{six hours}}. "
    "The Palestinian Prisoners' Society said [[about 9,100 Palestinians|arrested;a=The Palestinian Prisoners' Society]] were now held in Israeli prisons, [[about 3,400 of them|arrested;n=-;a=The Palestinian Prisoners' Society]] in administrative detention without charge.",
)

F(
    "SDF says Turkish drones killed four fighters near Tishreen dam",
    "Turkish drone strikes near the Tishreen dam killed [[four SDF fighters|killed;a=the Syrian Democratic Forces (SDF)]] and [[two civilians|killed;a=the Syrian Democratic Forces (SDF)]], the Syrian Democratic Forces (SDF) said. "
    "Turkey's Defence Ministry said it had neutralised [[26 PKK/YPG terrorists|killed;a=Turkey's Defence Ministry]] in northern Syria in the past {{48 hours}}. "
    "The Autonomous Administration of North and East Syria said [[about 1,200 families|displaced;a=The Autonomous Administration of North and East Syria]] had fled villages near the dam for Raqqa and Kobani.",
)

F(
    "Israeli military says 72,000 Gazans used the Salah al-Din corridor",
    "[[Roughly 72,000 Gazans|displaced;a=the military's Arabic-language spokesman]] moved from northern Gaza to the south through the Salah al-Din road corridor on Thursday, the military's Arabic-language spokesman said. "
    "The corridor was open between {{10:00}} and {{16:00}}. "
    "UNRWA said [[about 690,000 displaced people|displaced;a=UNRWA]] were sheltering in [[126 of its facilities|capacity;n=facilities;a=UNRWA]] in the central and southern areas.",
)

F(
    "Israeli forces rescue three hostages in central Gaza",
    "[[Three hostages|kidnapped;a=the Israeli military]] held in an apartment building in central Gaza were rescued by special forces in a raid lasting {{about 40 minutes}}, the Israeli military said, and were taken to Sheba hospital in good condition. "
    "Gaza's Government Media Office said [[at least 86 Palestinians|killed;a=Gaza's Government Media Office]] were killed and [[more than 200|injured;a=Gaza's Government Media Office]] injured in the strikes that covered the operation. "
    "The military said [[one officer|injured;a=The military;alt=the Israeli military]] was seriously wounded.",
)

F(
    "Coalition says air strikes killed 87 Houthis near Marib",
    "Coalition air strikes in Marib and al-Bayda killed [[87 Houthi fighters|killed;a=the coalition]] and destroyed [[11 military vehicles|other;a=the coalition]] over the past {{24 hours}}, the coalition said, according to the Saudi Press Agency. "
    "The Houthis' Al-Masirah TV said the strikes had hit a farm and [[two homes|housing;a=The Houthis' Al-Masirah TV]] in Sirwah, killing [[four civilians|killed;a=The Houthis' Al-Masirah TV]].",
)
