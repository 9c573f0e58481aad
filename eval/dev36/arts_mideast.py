"""dev36 excerpts: the Middle East and North Africa."""

from figset import F

F(
    "Strike on Gaza City school kills 27",
    "GAZA (Reuters) - An Israeli strike on a school sheltering displaced families in Gaza City killed [[at least 27 people|killed;a=the Gaza civil defence agency]], including [[nine children|killed;a=the Gaza civil defence agency]], the Gaza civil defence agency said on Thursday. "
    "The school had housed [[about 2,500 people|displaced]] since the start of the war.",
)

F(
    "Few aid trucks enter Gaza",
    "Only [[87 aid trucks|aid;a=the UN]] entered Gaza on Tuesday through the Kerem Shalom crossing, the UN said, against the [[500 a day|aid;u=other;a=the UN]] that entered before the war. "
    "Aid groups say [[at least 600 trucks a day|aid;p;a=Aid groups]] are needed to meet basic needs.",
)

F(
    "Hundreds of thousands leave Rafah",
    "The Israeli military said on Monday it had ordered [[about 100,000 people|displaced;p;a=The Israeli military]] to leave eastern Rafah. "
    "The UN agency for Palestinian refugees, UNRWA, said on Saturday that [[some 800,000 people|displaced;a=The UN agency for Palestinian refugees, UNRWA;alt=UNRWA]] had fled the city in {{under two weeks}}.",
)

F(
    "Gaza death toll passes 40,000",
    "The Palestinian death toll in Gaza has passed [[40,000|killed;q=at_least;a=the territory's health ministry]], the territory's health ministry said on Thursday, adding that [[92,401 people|injured;a=the territory's health ministry]] had been wounded. "
    "The ministry does not distinguish between civilians and combatants.",
)

F(
    "Raid on Jenin camp",
    "JENIN, West Bank - Israeli forces killed [[12 Palestinians|killed;a=the Palestinian health ministry]] during a {{two-day}} raid on the Jenin refugee camp, the Palestinian health ministry said, and [[about 3,000 residents|displaced;a=the Palestinian health ministry]] left the camp as bulldozers tore up its streets. "
    "The Palestinian Prisoners' Society said Israeli forces had arrested [[more than 9,700 Palestinians|arrested;a=The Palestinian Prisoners' Society]] in the West Bank since {{October 7, 2023}}, including [[350 children|arrested;a=The Palestinian Prisoners' Society]]. "
    "[[About 3,300|arrested;a=The Palestinian Prisoners' Society]] are held without charge under administrative detention orders, it said.",
)

F(
    "First phase of Gaza exchange ends",
    "Hamas freed [[33 Israeli hostages|kidnapped;a=the two sides]] during the {{six-week}} {{first phase}} of the ceasefire, and Israel released [[about 1,900 Palestinian prisoners and detainees|other;n=prisoners and detainees;a=the two sides]] in exchange, according to the two sides.",
)

F(
    "Israeli strikes kill hundreds in Lebanon",
    "BEIRUT - Israeli strikes on southern Lebanon and the Bekaa valley killed [[492 people|killed;a=Lebanon's health minister Firass Abiad;alt=Firass Abiad]], among them [[35 children|killed;a=Lebanon's health minister Firass Abiad;alt=Firass Abiad]], on Monday, Lebanon's health minister Firass Abiad said, the deadliest day since the {{1975-90}} civil war. "
    "[[More than 1,600 people|injured]] were wounded.",
)

F(
    "A million displaced in Lebanon",
    "[[More than 1.2 million people|displaced;a=Prime Minister Najib Mikati;alt=Najib Mikati]] have been displaced in Lebanon, Prime Minister Najib Mikati said on Sunday. "
    "[[About 180,000|displaced;a=the government's emergency committee]] of them are sleeping in [[973 collective shelters|capacity;a=the government's emergency committee]], most of them schools, according to the government's emergency committee.",
)

F(
    "Families flee Manbij countryside",
    "[[About 2,000 families|displaced;a=the Kurdish Red Crescent]] have fled the countryside of Manbij since fighting between Turkish-backed factions and the Kurdish-led SDF resumed, the Kurdish Red Crescent said. "
    "Many are staying in mosques and schools in Raqqa, where [[22 reception centres|capacity]] have opened.",
)

F(
    "Coastal killings in Syria",
    "The Syrian Observatory for Human Rights said [[1,383 civilians|killed;a=The Syrian Observatory for Human Rights]], most of them Alawites, had been killed in the coastal provinces of Latakia and Tartus in {{three days}} of violence. "
    "[[Thousands|displaced]] fled to the Russian air base at Hmeimim, where [[about 8,000 people|displaced]] were sheltering.",
)

F(
    "Syrian refugees head home",
    "[[About 500,000 Syrians|returned;a=the UN refugee agency]] have returned from neighbouring countries since the fall of Bashar al-Assad in December, the UN refugee agency said, among them [[175,000|returned;a=the UN refugee agency]] from Turkey. "
    "The agency expects [[as many as 1.5 million|returned;p;a=The agency;alt=the UN refugee agency]] to return by the end of the year.",
)

F(
    "Houthis detain UN staff",
    "Houthi forces detained [[at least 11 UN staff members|arrested;a=UN Secretary-General António Guterres;alt=António Guterres]] in Sanaa and Hodeidah in raids on Thursday, UN Secretary-General António Guterres said, calling for their immediate release. "
    "The group already holds [[four UN employees|arrested]] detained in earlier raids.",
)

F(
    "Fighting near Marib uproots thousands",
    "Fighting around Marib has displaced [[about 24,000 people|displaced;a=the International Organization for Migration]] since September, the International Organization for Migration said, many of them for the {{second or third time}}. "
    "The province hosts [[about 1 million displaced people|displaced]] in [[197 sites|capacity]].",
)

F(
    "Iraq brings back families from al-Hol",
    "BAGHDAD - Iraqi authorities have brought back [[2,800 Iraqis|returned;a=the migration ministry]], most of them women and children, from the al-Hol camp in northeast Syria this year, the migration ministry said. "
    "They are held at the {{Jeddah-1}} rehabilitation centre near Mosul before going back to their home towns. "
    "[[About 16,000 Iraqis|displaced;a=the ministry;alt=the migration ministry]] remain in al-Hol, the ministry said.",
)

F(
    "Yazidi camps to close",
    "[[Nearly 200,000 Yazidis|displaced]] still live in [[15 camps|capacity]] in the Kurdistan region a decade after Islamic State overran Sinjar, and Iraq's government has ordered the camps closed by {{July 30}}.",
)

F(
    "Iran protest toll",
    "Iran Human Rights, an Oslo-based group, said security forces had killed [[at least 416 protesters|killed;a=Iran Human Rights, an Oslo-based group;alt=Iran Human Rights]], among them [[51 children|killed;a=Iran Human Rights, an Oslo-based group;alt=Iran Human Rights]], and that [[thousands|arrested;a=Iran Human Rights, an Oslo-based group;alt=Iran Human Rights]] had been arrested since the unrest began in mid-September.",
)

F(
    "Turkey quake toll passes 44,000",
    "ANKARA - The death toll from the {{magnitude 7.8}} earthquake and its aftershocks in southern Turkey rose to [[44,218|killed;a=the disaster agency AFAD]] on Tuesday, the disaster agency AFAD said, and [[more than 1.9 million people|displaced;a=the disaster agency AFAD]] were living in tents, container homes and hotels. "
    "In northwest Syria, the White Helmets said they had pulled [[2,950 bodies|killed;a=the White Helmets]] from the rubble and that [[479 buildings|housing;a=the White Helmets]] had collapsed completely.",
)

F(
    "Israelis evacuated from the north",
    "[[About 60,000 Israelis|displaced;a=the government]] were evacuated from towns along the Lebanese border in October and most have not yet returned, the government said, and it has set aside hotel rooms for [[15,000|capacity;a=the government]] of them.",
)

F(
    "Few go home from Zaatari",
    "The Zaatari camp in northern Jordan, opened in {{2012}}, is home to [[about 80,000 Syrian refugees|displaced]]. "
    "UNHCR says only [[1,200|returned;a=UNHCR]] of them went home last year.",
)

F(
    "Egypt counts Sudanese arrivals",
    "CAIRO - Egypt has received [[more than 1.2 million people|displaced;a=the foreign ministry]] fleeing the war in Sudan, the foreign ministry said, and [[about 5,000 people a day|displaced;a=the foreign ministry]] were crossing at Argeen in the {{first weeks}}. "
    "The International Organization for Migration estimates that [[about 210,000 Sudanese|displaced;a=The International Organization for Migration]] have also arrived in Libya, many of them through Kufra. "
    "The town's [[two shelters|capacity]] have room for [[fewer than 3,000 people|capacity]].",
)

F(
    "Polio vaccination in central Gaza",
    "UNRWA said it had vaccinated [[187,000 children|aid;a=UNRWA]] against polio in the {{first round}} of the campaign in central Gaza, using [[25 teams|other;u=other;a=UNRWA]] that worked during daily humanitarian pauses of {{nine hours}}. "
    "In the north, [[at least 28 children|killed;a=the health ministry]] have died of malnutrition and dehydration, the health ministry said, and UNICEF said {{one in three}} children {{under two}} there was acutely malnourished.",
)

F(
    "Airdrop over Gaza turns deadly",
    "Jordanian, Egyptian and French planes dropped [[46 pallets|aid;a=the Jordanian army]] of food and medicine over northern Gaza on Sunday, the Jordanian army said. "
    "[[Five people|killed;a=witnesses]] were killed when a parachute failed to open and a pallet fell on them, witnesses said.",
)

F(
    "Nasiriyah protesters shot",
    "NASIRIYAH, Iraq - Security forces opened fire on protesters in Nasiriyah on Thursday, killing [[at least 25|killed;a=medical sources]] and wounding [[more than 200|injured;a=medical sources]], medical sources said. "
    "Baghdad's curfew, imposed at midnight, was lifted after {{48 hours}}.",
)

F(
    "Migrant boat capsizes off Yemen",
    "ADEN - [[At least 49 migrants|killed;a=the IOM]] drowned and [[140|missing;a=the IOM]] were missing after their boat capsized off Yemen's southern coast, the IOM said. "
    "The boat had left Djibouti with [[about 260 Somalis and Ethiopians|displaced;n=Somalis and Ethiopians]] aboard.",
)

F(
    "Turkish strike on Makhmour camp",
    "Turkish air strikes on the Makhmour refugee camp in northern Iraq killed [[three civilians|killed;a=the camp's administration]], the camp's administration said. "
    "The camp houses [[about 12,000 Kurds|displaced]] who fled Turkey in the {{1990s}}.",
)

F(
    "Oil jumps on Hormuz reports",
    "Oil prices rose {{3%}} to {{$82 a barrel}} on Monday after reports of strikes near the Strait of Hormuz, and the Tel Aviv stock index fell {{1.4%}}. "
    "Shipping insurers doubled war-risk premiums for vessels calling at Israel's ports, to {{1%}} of a ship's value.",
)

F(
    "Lebanon fails again to elect president",
    "Lebanon's parliament failed for the {{12th time}} to elect a president on Wednesday. "
    "The post has been vacant since {{October 31, 2022}}, and the session lasted {{less than two hours}}.",
)

F(
    "Israel gives its count of Hamas dead",
    "Israel's military said its troops had killed [[about 17,000 Hamas fighters|killed;a=Israel's military]] since the start of the war, a figure Hamas disputes. "
    "It said [[330 soldiers|killed;a=Israel's military]] had been killed in the ground operation in Gaza.",
)

F(
    "Most Gazans displaced",
    "[[About 1.9 million people|displaced;a=UN estimates]], or {{90%}} of Gaza's population, have been displaced, many of them repeatedly, according to UN estimates. "
    "The UN Satellite Centre said [[163,778 buildings|housing;a=The UN Satellite Centre]] in Gaza, {{about two thirds}} of the total, had been damaged or destroyed.",
)

F(
    "Sweida fighting uproots families",
    "DAMASCUS - Clashes between Druze fighters and Bedouin tribes in Sweida province have killed [[more than 300 people|killed;a=a war monitor]], a war monitor said, and [[about 200-250 families|displaced;a=a local official]] have fled to Daraa, a local official told AFP.",
)

F(
    "Tunisia expels migrants to desert",
    "TUNIS - Tunisian authorities have expelled [[at least 1,200 migrants|returned;a=Human Rights Watch]] to desert areas on the borders with Libya and Algeria since July, Human Rights Watch said, and [[at least 27|killed;a=Human Rights Watch]] have died of thirst.",
)

F(
    "Gaza flotilla activists deported",
    "Israel has deported [[171 activists|returned;a=the foreign ministry]] detained aboard a flotilla that tried to reach Gaza, the foreign ministry said on Monday, and [[138 others|arrested;a=the foreign ministry]] remain in custody.",
)
