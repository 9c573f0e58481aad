"""dev17 texts: the Middle East: Gaza, Israel, the West Bank; Syria; Iraq; Yemen; Iran, Turkey."""

from figset import F

# ---------------------------------------------------------------- Middle East: Gaza, Israel, West Bank

F(
    "Israeli strikes kill 31 in Gaza overnight, medics say",
    "Israeli air strikes across the Gaza Strip killed [[at least 31 Palestinians|killed;a=local health officials]] overnight, including [[12 children|killed;a=local health officials]], local health officials said on Tuesday. "
    "A strike on a school sheltering displaced families in Jabalia killed [[nine people|killed;a=the civil defence agency]], the civil defence agency said. "
    "The Israeli military said it had targeted Hamas militants operating from a command centre inside the compound.",
)

F(
    "Gaza death toll passes 43,000, ministry says",
    "The Palestinian death toll from Israel's military offensive in Gaza has risen to [[43,469|killed;a=the Gaza Health Ministry]], with [[102,561 wounded|injured;n=wounded;a=the Gaza Health Ministry]], the Gaza Health Ministry said on Monday. "
    "[[At least 65 people|killed;a=the ministry;alt=the Gaza Health Ministry]] were killed in the {{past 24 hours}}, the ministry said. "
    "It does not distinguish between civilians and combatants in its count.",
)

F(
    "UNRWA: 1.9 million people displaced across Gaza",
    "[[An estimated 1.9 million people|displaced;a=UNRWA]], or about {{90 percent}} of Gaza's population, are now displaced across the Strip, many of them several times, UNRWA said in its latest situation report. "
    "[[Close to one million|displaced;v=1000000;a=the agency;alt=UNRWA]] are sheltering in or near its facilities in Rafah, the agency said, where [[155 UNRWA installations|capacity;u=structure;n=installations;a=the agency;alt=UNRWA]] are used as shelters.",
)

F(
    "Hamas frees three hostages as Israel releases 90 Palestinian prisoners",
    "Hamas released [[three Israeli women|kidnapped]] held in Gaza since the {{October 7}} attack on Sunday, and Israel freed [[90 Palestinian prisoners|other]] hours later under the first phase of the ceasefire deal. "
    "Israel says [[94 hostages|kidnapped;a=Israel]] remain in Gaza, [[at least 34 of them|kidnapped;n=-;a=Israel]] believed dead. "
    "Crowds gathered in Ramallah to greet the prisoners' buses after 1 a.m.",
    ["1 a.m."],
)

F(
    "Gaza aid: 180 trucks enter through Kerem Shalom",
    "[[About 180 trucks|aid;a=COGAT]] carrying food, medicine and fuel entered Gaza through Kerem Shalom on Wednesday, COGAT, the Israeli agency that oversees crossings, said. "
    "The UN said it had been able to collect only [[67 of them|aid;n=-;u=other;a=The UN]] because of looting and fighting near the crossing. "
    "Aid agencies say [[500 trucks a day|aid;p;a=Aid agencies]] are needed to meet basic needs.",
)

F(
    "Israel says 1,200 killed in Hamas attack, 251 taken hostage",
    "Hamas-led gunmen who burst into southern Israel on {{October 7, 2023}} killed [[about 1,200 people|killed;a=Israeli tallies]], mostly civilians, and took [[251 hostages|kidnapped;a=Israeli tallies]] back to Gaza, according to Israeli tallies. "
    "[[More than 360 people|killed]] were killed at the Nova music festival alone.",
)

F(
    "West Bank: Israeli raid on Jenin camp kills 12 Palestinians",
    "An Israeli military raid on the Jenin refugee camp killed [[12 Palestinians|killed;a=the Palestinian Health Ministry]] and wounded [[more than 100|injured;a=the Palestinian Health Ministry]], [[20 of them|injured;n=-;a=the Palestinian Health Ministry]] seriously, the Palestinian Health Ministry said. "
    "[[About 3,000 residents|displaced;a=the Palestinian Red Crescent]] left the camp overnight as bulldozers tore up roads, the Palestinian Red Crescent said. "
    "[[One Israeli soldier|killed]] was killed.",
)

F(
    "Settlers torch homes in Huwara after shooting attack",
    "[[Dozens of Israeli settlers|combatants;a=Palestinian officials]] rampaged through the Palestinian town of Huwara on Sunday night, setting fire to [[at least 30 homes|housing;a=Palestinian officials]] and [[about 100 cars|other;a=Palestinian officials]], Palestinian officials said. "
    "[[One Palestinian man|killed;a=the Palestinian Red Crescent]] was shot dead and [[some 390 people|injured;a=the Palestinian Red Crescent]] were treated, mostly for tear gas inhalation, the Palestinian Red Crescent said. "
    "The rampage followed the killing of [[two Israeli brothers|killed]] by a Palestinian gunman earlier in the day.",
)

F(
    "Israeli forces detain 25 in overnight West Bank raids",
    "Israeli forces arrested [[25 Palestinians|arrested;a=the Palestinian Prisoners' Society]] in overnight raids across the occupied West Bank, including [[two journalists|arrested;a=the Palestinian Prisoners' Society]], the Palestinian Prisoners' Society said. "
    "The group says [[more than 9,500 Palestinians|arrested;a=The group;alt=the Palestinian Prisoners' Society]] are now held in Israeli jails, [[about 3,300 of them|arrested;n=-;a=The group;alt=the Palestinian Prisoners' Society]] in administrative detention without charge.",
)

F(
    "Gaza live: strike on tents in al-Mawasi",
    "10:15 GMT – An Israeli strike hit tents sheltering displaced people in the al-Mawasi humanitarian zone west of Khan Younis, killing [[at least 19 people|killed;a=Gaza's civil defence]] and wounding [[60|injured;a=Gaza's civil defence]], Gaza's civil defence said. "
    "10:40 GMT – The Israeli military says it struck Hamas commanders in the area and that it took steps to reduce civilian harm.",
    ["10:15 GMT", "10:40 GMT"],
)

F(
    "Lebanon: more than 1 million displaced as Israel widens strikes",
    "Israel's escalating air campaign has displaced [[more than 1 million people|displaced;a=Prime Minister Najib Mikati]] in Lebanon, Prime Minister Najib Mikati said on Sunday. "
    "[[Some 180,000|displaced;a=the government]] are staying in [[973 collective shelters|capacity;a=the government]], most of them schools, according to the government. "
    "[[At least 1,030 people|killed;a=the Health Ministry]] have been killed in the {{past two weeks}}, the Health Ministry said.",
)

F(
    "Pager blasts across Lebanon wound thousands",
    "Pagers used by Hezbollah members exploded almost simultaneously across Lebanon on Tuesday afternoon, killing [[at least 12 people|killed;a=Health Minister Firass Abiad]], including [[two children|killed;a=Health Minister Firass Abiad]], and wounding [[about 2,800|injured;a=Health Minister Firass Abiad]], Health Minister Firass Abiad said. "
    "Hospitals across the south and Beirut's southern suburbs were overwhelmed.",
)

F(
    "Syrians cross from Lebanon to flee Israeli bombardment",
    "[[More than 300,000 people|displaced;a=the UN refugee agency]] have crossed from Lebanon into Syria in two weeks, {{about 70 percent}} of them Syrians, the UN refugee agency said.",
)

# ---------------------------------------------------------------- Syria

F(
    "Syria: air strikes on Idlib market kill 15",
    "Air strikes on a busy vegetable market in the town of Maarat al-Numan killed [[15 civilians|killed;a=the Syrian Observatory for Human Rights]] and wounded [[at least 30 others|injured;a=the Syrian Observatory for Human Rights]], the Syrian Observatory for Human Rights said. "
    "The Britain-based war monitor blamed Russian jets. "
    "Rescuers of the White Helmets said they pulled [[four survivors|other;a=Rescuers of the White Helmets]] from the rubble.",
)

F(
    "UN: nearly 1 million displaced in northwest Syria since December",
    "[[Nearly 950,000 people|displaced;a=the UN humanitarian office]] have been forced from their homes in northwest Syria since {{December 1}}, {{over 80 percent}} of them women and children, the UN humanitarian office said. "
    "[[Some 170,000|displaced;a=OCHA;alt=the UN humanitarian office]] are sleeping in the open or in unfinished buildings in freezing temperatures, OCHA said.",
)

F(
    "Syria: convoy brings aid to besieged Madaya",
    "A convoy of [[44 trucks|aid;a=the International Committee of the Red Cross]] carrying food, medicine and blankets entered the besieged town of Madaya on Monday, the International Committee of the Red Cross said. "
    "[[About 40,000 people|civilians;a=the ICRC;alt=the International Committee of the Red Cross]] are trapped in the town, where [[at least 28 people|killed;a=the ICRC;alt=the International Committee of the Red Cross]] have died of starvation since {{December}}, the ICRC said.",
)

F(
    "Syria: coastal violence death toll rises to over 1,000",
    "The death toll from three days of clashes between Syrian security forces and gunmen loyal to former president Bashar al-Assad, and the revenge killings that followed, has risen to [[more than 1,000 people|killed;a=the Syrian Observatory for Human Rights]], the Syrian Observatory for Human Rights said on Saturday. "
    "They included [[745 Alawite civilians|killed;a=the Syrian Observatory for Human Rights]], [[125 members|killed;a=the Syrian Observatory for Human Rights]] of the security forces and [[148 militants|killed;a=the Syrian Observatory for Human Rights]], the monitor said.",
)

F(
    "Thousands return to Aleppo's eastern districts",
    "[[About 7,000 families|returned;a=the UN refugee agency]] have returned to their homes in eastern Aleppo since fighting ended in {{December 2016}}, the UN refugee agency said. "
    "Many found their houses in ruins: [[more than 33,000 buildings|housing;a=a UNOSAT satellite survey]] were damaged or destroyed in the city, according to a UNOSAT satellite survey.",
)

F(
    "Syria: SDF holds 10,000 IS fighters in prisons",
    "The Kurdish-led Syrian Democratic Forces hold [[about 10,000 Islamic State fighters|arrested;a=US officials]] in makeshift prisons across northeast Syria, US officials said. "
    "[[Around 2,000 of them|arrested;n=-;a=US officials]] are foreigners. "
    "Al-Hol camp holds [[some 40,000 people|displaced;a=aid groups]], mostly women and children linked to the group, aid groups said.",
)

F(
    "Syria: car bomb in Manbij kills 20",
    "A car bomb exploded near a vehicle carrying farm workers on the outskirts of Manbij on Monday, killing [[20 people|killed;a=the civil defence]], [[18 of them|killed;n=-;a=the civil defence]] women, and wounding [[15|injured;a=the civil defence]], the civil defence said. "
    "It was the deadliest attack in Syria since Assad's fall.",
)

# ---------------------------------------------------------------- Iraq

F(
    "Baghdad: suicide bombing in Karrada kills scores",
    "A suicide truck bomb tore through the crowded Karrada shopping district of Baghdad in the early hours of Sunday, killing [[at least 115 people|killed;a=police and medical sources]] and wounding [[nearly 200|injured;a=police and medical sources]], police and medical sources said. "
    "Islamic State claimed the attack. "
    "The toll was expected to rise as rescuers searched a burnt-out mall.",
)

F(
    "Mosul: 900,000 fled during battle, IOM says",
    "[[More than 900,000 people|displaced;a=the International Organization for Migration]] fled Mosul during the nine-month battle to retake the city from Islamic State, the International Organization for Migration said. "
    "[[About 700,000|displaced;a=the IOM;alt=the International Organization for Migration]] remain displaced, the IOM said, while [[195,000|returned;a=the IOM;alt=the International Organization for Migration]] have gone back, mostly to the city's eastern half.",
)

F(
    "Iraq protests: 100 dead, 4,000 injured in a week",
    "[[More than 100 people|killed;a=Iraq's Interior Ministry]] have been killed and [[over 4,000|injured;a=Iraq's Interior Ministry]] injured in a week of anti-government protests, Iraq's Interior Ministry said on Sunday. "
    "[[Eight of the dead|killed;n=dead;a=the ministry;alt=Iraq's Interior Ministry]] were members of the security forces, the ministry said. "
    "Protesters demand jobs, an end to corruption and better services.",
)

F(
    "Iraq closes Nineveh camps as families sent home",
    "Iraqi authorities have closed [[16 camps|capacity;a=the Ministry of Migration]] for displaced people since {{mid-October}}, sending [[about 34,000 people|returned;a=the Ministry of Migration]] back to their areas of origin, the Ministry of Migration said. "
    "Aid groups said [[at least 8,000|displaced;a=Aid groups]] of them ended up in secondary displacement because their homes were destroyed.",
)

F(
    "Sinjar: Yazidis still missing a decade after IS assault",
    "[[More than 2,600 Yazidis|missing;a=the Kurdistan Region's office for abducted Yazidis]], mostly women and children, are still missing ten years after the Islamic State assault on Sinjar, the Kurdistan Region's office for abducted Yazidis said. "
    "[[Some 3,500|kidnapped;a=the office;alt=the Kurdistan Region's office for abducted Yazidis]] have been rescued or escaped since {{2014}}, the office said. "
    "[[Around 200,000 Yazidis|displaced]] still live in camps in Duhok.",
)

F(
    "Iraq: rocket attack targets Erbil airport",
    "[[Three rockets|other;a=the Kurdistan Region's counter-terrorism service]] struck near Erbil airport on Monday night, wounding [[two civilians|injured;a=the Kurdistan Region's counter-terrorism service]], the Kurdistan Region's counter-terrorism service said. "
    "No group claimed the attack.",
)

# ---------------------------------------------------------------- Yemen

F(
    "Yemen: coalition air strike on funeral hall kills 140",
    "Air strikes on a packed funeral hall in Sanaa killed [[more than 140 people|killed;a=the United Nations]] and wounded [[525|injured;a=the United Nations]], the United Nations said, in one of the deadliest attacks of the war. "
    "The Saudi-led coalition initially denied involvement.",
)

F(
    "Yemen: fighting around Marib displaces 20,000",
    "Renewed fighting between Houthi forces and government troops around Marib has displaced [[more than 20,000 people|displaced;a=the International Organization for Migration]] in a month, the International Organization for Migration said. "
    "The province hosts [[about 1 million displaced people|displaced;a=the agency;alt=the International Organization for Migration]] in [[125 sites|capacity;u=other;a=the agency;alt=the International Organization for Migration]], the agency said, many of them in range of shelling.",
)

F(
    "Yemen cholera cases pass 1 million, ICRC says",
    "Suspected cholera cases in Yemen have passed [[1 million|other;a=the International Committee of the Red Cross]], the International Committee of the Red Cross said, and [[2,227 people|killed;a=the World Health Organization]] have died since the outbreak began, according to the World Health Organization.",
)

F(
    "Houthis seize UN staff in Sanaa",
    "Houthi authorities detained [[at least 13 UN staff|kidnapped;a=the UN]] in raids in Sanaa and other cities on Thursday, the UN said, along with staff of local NGOs. "
    "[[Four staff|kidnapped;a=The UN]] were already being held since {{2021}} and {{2023}}, The UN said.",
)

F(
    "Yemen: migrant boat capsizes off Lahj coast",
    "A boat carrying [[about 260 migrants|other;a=the IOM]] from the Horn of Africa capsized off Yemen's southern coast, killing [[at least 49 people|killed;a=the IOM]], the IOM said. "
    "[[140 others|missing;a=the agency;alt=the IOM]] are missing and [[71 survivors|other;a=the agency;alt=the IOM]] were rescued, the agency said.",
)

# ---------------------------------------------------------------- Iran, Turkey

F(
    "Iran: twin blasts at Soleimani memorial kill 95",
    "Two explosions near the tomb of Qassem Soleimani in the southern city of Kerman killed [[95 people|killed;a=state media]] and wounded [[284|injured;a=state media]] on Wednesday, state media reported. "
    "The health minister later revised the toll down to [[84|killed;a=The health minister]]. "
    "Islamic State claimed responsibility the next day.",
)

F(
    "Iran protests: rights group says 14,000 arrested",
    "[[At least 14,000 people|arrested;a=the UN human rights office]] have been arrested in the protests that followed the death in custody of Mahsa Amini, the UN human rights office said, and [[at least 326 people|killed;a=the Oslo-based group Iran Human Rights;alt=Iran Human Rights]] have been killed by security forces, including [[43 children|killed;a=the Oslo-based group Iran Human Rights;alt=Iran Human Rights]], according to the Oslo-based group Iran Human Rights.",
)

F(
    "Ankara bombing at peace rally kills 95",
    "Two suicide bombers struck a peace rally outside Ankara's main train station on Saturday, killing [[at least 95 people|killed;a=Prime Minister Ahmet Davutoglu]], Prime Minister Ahmet Davutoglu said. "
    "[[Some 246 people|injured;a=the health ministry]] were being treated in hospital, [[48 of them|injured;n=-;a=the health ministry]] in intensive care, the health ministry said.",
)

F(
    "Turkey: strikes in northern Iraq kill PKK militants",
    "Turkish jets struck PKK targets in northern Iraq's Qandil mountains overnight, destroying [[17 targets|other;u=other;a=the Defence Ministry]] and killing [[at least 12 militants|killed;a=the Defence Ministry]], the Defence Ministry said. "
    "The strikes followed a PKK attack that killed [[nine Turkish soldiers|killed]].",
)
