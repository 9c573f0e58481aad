"""Build eval/dev17/figures.jsonl from the hand-written texts below.

A seventeenth tuning set for the figure extractor: a realistic sample of what a conflict-news
feed delivers in an ordinary week (wire leads from Reuters/AP/AFP, UN and NGO press releases,
regional outlets, live-blog entries and one-line headlines with a summary), from Africa, the
Middle East, Europe, Asia and Latin America, years 2015 to 2025. Categories come roughly in the
proportion news reports them: mostly killed, injured and displaced.

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; this file holds the texts.

Figures are marked inline in each text, so offsets are computed, never typed:

    [[SPAN|CATEGORY;key=value;...]]   a gold figure. keys: a= attribution, alt= attribution_alts
                                      (repeatable), u= unit, n= noun (n=- for none), p (projected),
                                      q= qualifier, v= value, lo= low, hi= high (overrides of
                                      what is parsed from SPAN)
    {{SPAN}}                          a negative (a number that is not a figure)

value, low, high, qualifier, vague, noun and unit are derived from the span text unless
overridden; `python build.py --table` prints every figure for review. The script validates every
record against eval/README.md (section 2) and writes shuffled records (fixed seed 17) with ids
"z0001"... and an empty conflict.jsonl (this set has no conflict part).

    python eval/dev17/build.py            # write figures.jsonl and validate it
    python eval/dev17/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # eval/: the figset package

from figset import F, SetConfig, run

CONFIG = SetConfig("dev17", Path(__file__).resolve().parent, "z", 17)

# ====================================================================== texts

# ====================================================================== texts


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


# ---------------------------------------------------------------- Africa: Sudan, South Sudan, Chad

F(
    "Sudan: RSF attack on Zamzam camp kills hundreds",
    "Rapid Support Forces fighters stormed Zamzam displacement camp near El Fasher over the weekend, killing [[more than 400 people|killed;a=the UN]], according to the UN. "
    "[[Between 400,000 and 450,000 people|displaced;a=the International Organization for Migration]] fled the camp in the days that followed, the International Organization for Migration said, most of them towards Tawila. "
    "[[Nine aid workers|killed;a=the charity;alt=Relief International]] from Relief International were among the dead, the charity said.",
)

F(
    "Sudan war has displaced 12 million, IOM says",
    "[[More than 12 million people|displaced;a=the International Organization for Migration]] have been forced from their homes since war broke out between the army and the RSF in {{April 2023}}, the International Organization for Migration said on Tuesday. "
    "[[About 3 million of them|displaced;n=-;a=the International Organization for Migration]] have crossed into neighbouring countries, mainly Chad, Egypt and South Sudan. "
    "[[Some 25 million people|civilians;a=the World Food Programme]] face acute hunger, the World Food Programme said.",
)

F(
    "Sudan: shelling of El Fasher market kills 30",
    "Artillery shells fired by the RSF hit the main market in El Fasher on Sunday, killing [[30 people|killed;a=the El Fasher Resistance Committees]] and wounding [[dozens|injured;a=the El Fasher Resistance Committees]], the El Fasher Resistance Committees said. "
    "Doctors at the Saudi Hospital, the last functioning hospital in the city, said they received [[47 wounded|injured;n=wounded;a=Doctors at the Saudi Hospital]], [[nine of them|injured;n=-;a=Doctors at the Saudi Hospital]] children.",
)

F(
    "Chad: 600,000 Sudanese refugees arrive since start of war",
    "[[More than 600,000 Sudanese refugees|displaced;a=UNHCR]] have arrived in eastern Chad since the start of the war, UNHCR said, joining [[about 400,000|displaced;a=UNHCR]] who were already there from earlier crises. "
    "Adre, a border town of [[40,000 residents|civilians;a=the agency;alt=UNHCR]], now hosts [[over 230,000 refugees|displaced;a=the agency;alt=UNHCR]] in makeshift shelters, the agency said.",
)

F(
    "Sudan: 2,000 families flee Wad Madani fighting",
    "[[About 2,000 families|displaced;a=the state's humanitarian aid commission]] fled villages east of Wad Madani after RSF fighters looted homes and killed [[at least 11 farmers|killed;a=the state's humanitarian aid commission]], the state's humanitarian aid commission said. "
    "[[Hundreds of families|displaced]] were sleeping under trees near the town of Al-Fao.",
)

F(
    "South Sudan: cattle raid in Jonglei leaves 74 dead",
    "Armed youths from Pibor attacked cattle camps in Jonglei state, killing [[74 people|killed;a=the state information minister]] and abducting [[17 women and children|kidnapped;n=women and children;a=the state information minister]], the state information minister said. "
    "The attackers made off with [[some 5,000 head of cattle|other;n=cattle;u=other;a=the state information minister]], he said. "
    "[[Another 31|injured]] were taken to Bor hospital.",
)

F(
    "South Sudan: UN base shelters 37,000 after Malakal clashes",
    "[[About 37,000 displaced people|displaced;a=the UN mission]] are now sheltering at the UN protection site in Malakal after fighting in the town, the UN mission said. "
    "[[At least 20 people|killed;a=Doctors Without Borders]] were killed and [[more than 60|injured;a=Doctors Without Borders]] wounded inside the site when gunmen attacked it in {{February 2016}}, Doctors Without Borders said.",
)

F(
    "South Sudan: returnees from Sudan stranded at Renk",
    "[[More than 20,000 people|displaced;a=the IOM]] are stranded at a transit centre in Renk, waiting for transport south, the IOM said. "
    "The centre was built for [[3,000|capacity]]. "
    "Since {{April}}, [[over 600,000 South Sudanese|returned;a=the agency;alt=the IOM]] have come back from Sudan, the agency said.",
)

# ---------------------------------------------------------------- Ethiopia, Somalia, Kenya

F(
    "Ethiopia: drone strike in Amhara kills 30, witnesses say",
    "A drone strike on a town square in Finote Selam in Ethiopia's Amhara region killed [[at least 30 people|killed;a=two witnesses and a health worker]], two witnesses and a health worker told Reuters. "
    "[[Some 55 others|injured;a=The health worker;alt=a health worker]] were wounded, The health worker said. "
    "The military has been fighting Fano militiamen in the region since {{August}}.",
)

F(
    "Ethiopia: Tigray aid blockade leaves 5.2 million in need",
    "[[About 5.2 million people|civilians;a=the UN]] in Tigray need food aid, the UN said, but only [[320 trucks|aid;a=the UN]] have reached the region in a month, against the [[100 trucks a day|aid;p;a=the UN]] it says are required. "
    "[[At least 1.8 million|displaced]] have been driven from their homes by the war.",
)

F(
    "Ethiopia: Oromia gunmen kill villagers in Gimbi",
    "Gunmen attacked ethnic Amhara villages in Gimbi district of western Oromia, killing [[more than 200 people|killed;a=Amnesty International]], Amnesty International said, citing witnesses. "
    "Residents said they had buried [[230 bodies|killed;a=Residents]] in mass graves, and that [[about 2,000|displaced;a=Residents]] had fled to a nearby town.",
)

F(
    "Somalia: al-Shabaab truck bombs in Mogadishu kill 121",
    "Two car bombs exploded at a busy junction near the Education Ministry in Mogadishu on Saturday, killing [[at least 121 people|killed;a=President Hassan Sheikh Mohamud]] and wounding [[at least 300|injured;a=President Hassan Sheikh Mohamud]], President Hassan Sheikh Mohamud said. "
    "Al-Shabaab claimed the attack.",
)

F(
    "Somalia: US strike kills 13 al-Shabaab fighters",
    "A US air strike near Jilib killed [[13 al-Shabaab fighters|killed;a=US Africa Command]], US Africa Command said in a statement, adding that no civilians were hurt.",
)

F(
    "Somalia: army retakes towns in Hiiraan, says 100 militants killed",
    "Somali troops backed by clan militias retook [[four towns|other;a=the government]] from al-Shabaab in Hiiraan region this week and killed [[more than 100 militants|killed;a=the government]], the government said. "
    "[[Seven soldiers|killed;a=A local commander]] died in the fighting, A local commander told the Voice of America.",
)

F(
    "Kenya: finance bill protests leave 39 dead",
    "[[Thirty-nine people|killed;a=the Kenya National Commission on Human Rights]] have been killed and [[361|injured;a=the Kenya National Commission on Human Rights]] injured in protests against the finance bill, the Kenya National Commission on Human Rights said. "
    "It said [[627 protesters|arrested;a=the Kenya National Commission on Human Rights]] had been arrested and [[32|missing;a=the Kenya National Commission on Human Rights]] were reported missing or abducted.",
)

F(
    "Kenya: al-Shabaab raid on Mpeketoni kills 48",
    "Gunmen from al-Shabaab stormed the coastal town of Mpeketoni near Lamu on Sunday evening, killing [[at least 48 people|killed;a=the Kenya Red Cross]], the Kenya Red Cross said. "
    "They set fire to a hotel, a police station and several vehicles before fleeing into the forest.",
)

# ---------------------------------------------------------------- Nigeria, Sahel

F(
    "Nigeria: gunmen kill 100 in Plateau villages",
    "Gunmen attacked [[17 villages|other;a=Bokkos local government chairman Monday Kassah]] in Plateau state over Christmas Eve, killing [[at least 113 people|killed;a=Bokkos local government chairman Monday Kassah]], Bokkos local government chairman Monday Kassah said. "
    "[[More than 300|injured;a=Plateau state officials]] were taken to hospitals in Bokkos, Jos and Barkin Ladi, and [[221 houses|housing;a=Plateau state officials]] were burned, Plateau state officials said.",
)

F(
    "Nigeria: 287 pupils abducted from school in Kuriga",
    "Gunmen on motorcycles abducted [[287 pupils|kidnapped;a=teachers]] and a teacher from a school in Kuriga in Kaduna state on Thursday morning, teachers said. "
    "[[Twenty-five children|kidnapped;a=the state governor]] escaped, the state governor said after visiting the school.",
)

F(
    "Nigeria: army says freed 137 Kuriga hostages",
    "The Nigerian army said it had freed [[137 hostages|kidnapped;a=The Nigerian army]] abducted from a school in Kuriga, [[76 of them|kidnapped;n=-;a=The Nigerian army]] children, without saying whether a ransom was paid. "
    "Local officials had earlier put the number of those taken at [[287|kidnapped;a=Local officials]].",
)

F(
    "Nigeria: Boko Haram kills 110 farmers in Borno rice fields",
    "Boko Haram fighters tied up and slit the throats of [[at least 110 farm workers|killed;a=the UN humanitarian coordinator]] in rice fields near Koshobe village in Borno state, the UN humanitarian coordinator said. "
    "[[Six others|injured;a=the UN humanitarian coordinator]] were wounded, and several women may have been abducted, he said.",
)

F(
    "Nigeria: police arrest 600 in #EndSARS unrest",
    "Police in Lagos said they had arrested [[520 people|arrested;a=Police in Lagos]] suspected of looting and arson during the unrest that followed the shooting of protesters at the Lekki toll gate. "
    "[[Eleven police stations|housing;u=structure;n=stations;a=Amnesty International]] were burned in the city, and [[at least 12 protesters|killed;a=Amnesty International]] were shot dead by soldiers and police in Lekki and Alausa, according to Amnesty International.",
)

F(
    "Nigeria: displaced return to Bama as camps close",
    "[[Some 5,000 displaced people|returned;a=the Borno state government]] have been moved back to Bama from camps in Maiduguri, the Borno state government said, after the town was rebuilt with [[1,000 new houses|housing;a=the Borno state government]]. "
    "[[About 1.8 million people|displaced]] remain displaced in the northeast.",
)

F(
    "Burkina Faso: Barsalogho massacre toll",
    "Jihadists from JNIM attacked civilians digging trenches around the town of Barsalogho, killing [[at least 400 people|killed;a=security sources]], security sources told AFP, in one of the deadliest attacks in Burkina Faso's history. "
    "The group claimed to have killed [[300 members|killed;a=The group]] of a pro-government militia.",
)

F(
    "Burkina Faso: 2 million displaced, schools closed",
    "[[More than 2 million people|displaced;a=the national emergency relief council]] are now internally displaced in Burkina Faso, the national emergency relief council said. "
    "[[Over 6,100 schools|other;a=the Education Ministry]] are closed because of insecurity, affecting [[about 1 million pupils|civilians;a=the Education Ministry]], the Education Ministry said.",
)

F(
    "Mali: dozens killed in attack on Bamako gendarmerie school",
    "JNIM militants attacked a gendarmerie training school and the military airport in Bamako on Tuesday, killing [[more than 70 people|killed;a=security sources]], security sources said, and wounding [[about 200|injured;a=security sources]]. "
    "The army said it had arrested [[20 suspects|arrested;a=The army]].",
)

F(
    "Mali: Fulani village attack kills 160",
    "Gunmen wearing hunters' garb attacked the Fulani village of Ogossagou in central Mali, killing [[at least 160 people|killed;a=the UN]], including women and children, the UN said.",
)

F(
    "Niger: soldiers killed in ambush near Malian border",
    "[[Twenty-nine soldiers|killed;a=the Defence Ministry]] were killed when [[hundreds of jihadists|combatants;a=the Defence Ministry]] ambushed their unit near Tassia in western Niger, the Defence Ministry said. "
    'The army said it had "neutralised" [[dozens of terrorists|killed;a=The army]] in the counterattack.',
)

F(
    "Niger: 270 Malian refugees flee to Tillabery",
    "[[About 270 refugees|displaced;a=UNHCR]] from Mali's Menaka region have crossed into Niger's Tillabery region this week, UNHCR said, bringing the number of refugees in the area to [[some 60,000|displaced;a=UNHCR]].",
)

F(
    "Benin: soldiers killed in attack on park post",
    "[[Twenty-eight soldiers|killed;a=the army chief of staff]] were killed when jihadists attacked two army positions in W National Park in northern Benin, the army chief of staff said. "
    "The attackers lost [[about 40 men|killed;a=the army chief of staff]], he said.",
)

# ---------------------------------------------------------------- Great Lakes, Central and Southern Africa

F(
    "DRC: M23 advance on Goma sends thousands fleeing",
    "[[Tens of thousands of people|displaced;a=the UN humanitarian office]] fled camps and villages west of Goma as {{M23}} rebels advanced on the city, the UN humanitarian office said. "
    "[[At least 700 people|killed;a=the government]] were killed and [[2,800|injured;a=the government]] wounded in the fighting for Goma, according to the government. "
    "[[Thirteen peacekeepers|killed]] from South Africa, Malawi and Uruguay were among the dead.",
)

F(
    "DRC: ADF attack on church in Komanda kills 43",
    "Rebels of the Allied Democratic Forces attacked a Catholic church in Komanda, Ituri province, during an overnight vigil, killing [[at least 43 people|killed;a=a local civil society coordinator]], a local civil society coordinator said. "
    "Several houses and shops were burned. "
    "The army put the toll at [[21|killed;a=The army]].",
)

F(
    "DRC: 7 million displaced, a record, IOM says",
    "The number of people displaced inside Congo has reached a record [[6.9 million|displaced;a=the International Organization for Migration]], the International Organization for Migration said, [[some 5.5 million of them|displaced;n=-;a=the International Organization for Migration]] in the eastern provinces of North Kivu, South Kivu, Ituri and Tanganyika.",
)

F(
    "DRC: 2,000 inmates escape Munzenze prison as rebels enter Goma",
    "[[More than 4,000 inmates|other;a=a UN official]] escaped from Goma's Munzenze prison as {{M23}} fighters entered the city, a UN official said. "
    "[[Hundreds of women|killed;a=the official;alt=a UN official]] held in the prison's women's wing were raped and then burned to death when a fire broke out, the official said.",
)

F(
    "DRC: Ituri militia attack on displacement camp kills 60",
    "CODECO militiamen armed with machetes and guns attacked the Plaine Savo displacement camp in Ituri overnight, killing [[at least 60 people|killed;a=the UN refugee agency]], the UN refugee agency said. "
    "The attackers burned [[more than 1,200 shelters|capacity;a=the UN refugee agency]] in the camp, forcing [[24,000 people|displaced;a=the UN refugee agency]] to flee to a nearby Congolese army base, it said.",
)

F(
    "Mozambique: Palma attack leaves dozens dead",
    "Islamist insurgents who stormed the town of Palma in Cabo Delgado killed [[dozens of people|killed;a=the government]], the government said, and [[about 11,000|displaced;a=the UN humanitarian office]] fled, according to the UN humanitarian office. "
    "[[About 180 people|civilians]] were trapped for two days in the Amarula hotel before a convoy tried to break out.",
)

F(
    "Mozambique: nearly 1 million displaced by Cabo Delgado conflict",
    "[[Nearly 950,000 people|displaced;a=the IOM]] are displaced by the insurgency in Cabo Delgado, the IOM said. "
    "[[Some 420,000|returned;a=the agency;alt=the IOM]] have gone back to their home districts since Rwandan troops deployed in {{2021}}, the agency said, but many found their homes destroyed.",
)

F(
    "Central African Republic: rebels kill 40 in Bria clashes",
    "Clashes between rival armed groups in the central town of Bria have killed [[at least 40 people|killed;a=Doctors Without Borders]], Doctors Without Borders said, and [[nearly 20,000|displaced;a=Doctors Without Borders]] have taken refuge near a UN base. "
    "The group treated [[more than 100 wounded|injured;n=wounded;a=The group;alt=Doctors Without Borders]] at its hospital, The group said.",
)

F(
    "Cameroon: separatists kill 20 in Anglophone region",
    "Suspected separatist fighters killed [[at least 20 people|killed;a=local officials]] in an overnight attack on Egbekaw village near Mamfe in the Southwest region, local officials said. "
    "[[10 to 15 people|injured]] were wounded and several homes were set on fire.",
)

F(
    "Cameroon: 700,000 children out of school in Anglophone regions",
    "[[More than 700,000 children|civilians;a=UNICEF]] are out of school in Cameroon's Northwest and Southwest regions because of the separatist conflict, UNICEF said. "
    "[[About 80 schools|housing;a=the agency;alt=UNICEF]] were attacked or burned in the past year, the agency said.",
)

F(
    "Burundi: refugees head home from Tanzania",
    "[[About 2,000 Burundian refugees a week|returned;a=UNHCR]] are being repatriated from camps in Tanzania under a voluntary return programme, UNHCR said. "
    "[[More than 130,000|returned;a=UNHCR]] have gone home since {{September 2017}}, while [[some 160,000|displaced;a=UNHCR]] remain in Tanzania, it said.",
)

F(
    "Libya: clashes in Tripoli kill 32",
    "Clashes between rival armed groups in Tripoli killed [[32 people|killed;a=the Health Ministry]] and wounded [[159|injured;a=the Health Ministry]], the Health Ministry said on Sunday. "
    "[[Sixty-four families|displaced;a=the Libyan Red Crescent]] were evacuated from the area around the fighting, the Libyan Red Crescent said.",
)

F(
    "Libya: migrants detained after Tajoura airstrike",
    "An air strike on a migrant detention centre in Tajoura killed [[at least 53 people|killed;a=the UN]] and wounded [[130|injured;a=the UN]], the UN said. "
    "[[About 600 migrants|arrested]] were held at the centre at the time of the strike.",
)


# ---------------------------------------------------------------- Europe: Ukraine and Russia

F(
    "Ukraine: Russian missile strike on Dnipro apartment block kills 40",
    "A Russian missile hit a nine-storey apartment building in Dnipro on Saturday, killing [[at least 40 people|killed;a=regional governor Valentyn Reznichenko]], including [[three children|killed;a=regional governor Valentyn Reznichenko]], regional governor Valentyn Reznichenko said. "
    "[[Seventy-five people|injured;a=regional governor Valentyn Reznichenko]] were injured, he said, and [[46|missing;a=regional governor Valentyn Reznichenko]] remained unaccounted for as rescuers searched the rubble. "
    "[[Thirty-nine people|other]] were pulled out alive.",
)

F(
    "Kyiv: overnight drone and missile attack injures 27",
    "Russia launched [[145 drones|other;a=Ukraine's air force]] and [[seven missiles|other;a=Ukraine's air force]] at Ukraine overnight, Ukraine's air force said, and [[at least 27 people|injured;a=Mayor Vitali Klitschko]] were injured in Kyiv, Mayor Vitali Klitschko said. "
    "Debris damaged [[at least 10 apartment blocks|housing;u=structure]] in the Darnytskyi district.",
)

F(
    "UN: 3.7 million internally displaced in Ukraine",
    "[[About 3.7 million people|displaced;a=the International Organization for Migration]] are internally displaced in Ukraine, the International Organization for Migration said, and [[6.3 million Ukrainian refugees|displaced;a=UNHCR]] are recorded across Europe, according to UNHCR. "
    "[[Some 4.7 million|returned;a=the IOM;alt=the International Organization for Migration]] have returned to their home areas after being displaced, the IOM said.",
)

F(
    "Ukraine: evacuations ordered in Pokrovsk as Russian forces close in",
    "Authorities ordered the evacuation of [[about 2,000 children|displaced;p;a=Donetsk regional governor Vadym Filashkin]] and their families from Pokrovsk and surrounding villages, Donetsk regional governor Vadym Filashkin said. "
    "[[Around 53,000 people|civilians;a=Donetsk regional governor Vadym Filashkin]] still live in the town, he said, down from [[60,000|civilians;a=Donetsk regional governor Vadym Filashkin]] before the war.",
)

F(
    "Ukraine war live: strike on Sumy on Palm Sunday",
    "11:32 – Two Russian ballistic missiles struck the centre of Sumy as people gathered for Palm Sunday, killing [[34 people|killed;a=Ukraine's State Emergency Service]], including [[two children|killed;a=Ukraine's State Emergency Service]], Ukraine's State Emergency Service said. "
    "12:05 – The number of wounded has risen to [[117|injured;a=the service;alt=Ukraine's State Emergency Service]], [[15 of them|injured;n=-;a=the service;alt=Ukraine's State Emergency Service]] children, the service said.",
    ["11:32", "12:05"],
)

F(
    "Ukraine and Russia exchange 390 prisoners each",
    "Ukraine and Russia exchanged [[390 prisoners|other;a=both sides]] each on Friday in the first stage of the largest swap of the war, both sides said. "
    "Kyiv says [[more than 8,000 Ukrainians|arrested;a=Kyiv]], soldiers and civilians, are held in Russia, and that [[about 35,000|missing;a=Kyiv]] are listed as missing.",
)

F(
    "Kherson: dam breach floods villages, thousands evacuated",
    "[[About 17,000 people|displaced;a=Ukraine's prosecutor general]] have been evacuated from flooded areas on the Ukrainian-held bank of the Dnipro after the destruction of the Kakhovka dam, Ukraine's prosecutor general said. "
    "[[About 80 settlements|other;u=other;a=Ukraine's prosecutor general]] are under water, he said, and [[at least 16 people|killed;a=Ukraine's prosecutor general]] have died.",
)

F(
    "Ukraine: Russia says it downed 337 drones, two killed in Moscow region",
    "Russian air defences destroyed [[337 Ukrainian drones|other;a=the Defence Ministry]] overnight, [[91 of them|other;n=-;u=other;a=the Defence Ministry]] over the Moscow region, the Defence Ministry said. "
    "[[One person|killed;a=Governor Andrei Vorobyov]] was killed and [[three|injured;a=Governor Andrei Vorobyov]] were injured in Ramenskoye, Governor Andrei Vorobyov said.",
)

F(
    "Russia: Crocus City Hall attack toll rises to 143",
    "The death toll from the attack on the Crocus City Hall concert venue near Moscow has risen to [[143|killed;a=Russia's Emergencies Ministry]], Russia's Emergencies Ministry said, with [[over 80|injured;a=the health ministry]] still in hospital, according to the health ministry. "
    "Investigators said [[11 people|arrested;a=Investigators]] had been detained, including [[all four gunmen|arrested;a=Investigators]].",
)

F(
    "Russia: Belgorod shelling kills 25 on New Year's Eve",
    "Ukrainian shelling of the centre of Belgorod on {{December 30}} killed [[25 people|killed;a=regional authorities]], among them [[five children|killed;a=regional authorities]], and injured [[109|injured;a=regional authorities]], regional authorities said. "
    "[[About 300 people|displaced;a=the mayor]] have since left the city for temporary accommodation, the mayor said.",
)

F(
    "Kursk: Russia says 121,000 evacuated after Ukrainian incursion",
    "[[More than 121,000 people|displaced;a=acting governor Alexei Smirnov]] have been evacuated from border districts of Russia's Kursk region after Ukrainian troops crossed the border, acting governor Alexei Smirnov said. "
    "Ukraine's top commander said his forces controlled [[74 settlements|other;u=other;a=Ukraine's top commander]] in the region.",
)

F(
    "Ukraine: Izium mass grave holds 440 bodies",
    "Ukrainian investigators have exhumed [[447 bodies|killed;a=Kharkiv regional governor Oleh Synehubov]] from a mass burial site in a forest near Izium, Kharkiv regional governor Oleh Synehubov said. "
    "Most of them were civilians, and [[about 30|killed;a=Kharkiv regional governor Oleh Synehubov]] showed signs of torture, he said.",
)

# ---------------------------------------------------------------- Europe: Caucasus, Balkans, West

F(
    "Nagorno-Karabakh: 100,000 refugees flee to Armenia",
    "[[More than 100,000 people|displaced;a=the Armenian government]] have arrived in Armenia from Nagorno-Karabakh since Azerbaijan's offensive, the Armenian government said, nearly the entire population of the enclave. "
    "A fuel depot explosion near Stepanakert killed [[at least 170 people|killed;a=local authorities]], local authorities said, and [[more than 200|injured;a=local authorities]] were treated for burns.",
)

F(
    "Armenia, Azerbaijan border clashes kill 200 soldiers",
    "Fighting along the Armenian-Azerbaijani border killed [[more than 200 soldiers|killed;a=officials on both sides]] on both sides over two days, officials on both sides said. "
    "Armenia said [[135 of its troops|killed;n=troops;a=Armenia]] had died and [[some 7,600 people|displaced;a=Armenia]] had been evacuated from border villages.",
)

F(
    "Kosovo: gunmen kill police officer in Banjska monastery siege",
    "[[Around 30 heavily armed men|combatants;a=Kosovo's prime minister]] stormed the village of Banjska in northern Kosovo on Sunday, killing [[one police officer|killed;a=Kosovo's prime minister]] and wounding another, Kosovo's prime minister said. "
    "[[Three attackers|killed;a=police]] were killed in the ensuing gunfight, and [[six|arrested;a=police]] were arrested, police said.",
)

F(
    "France: 1,300 arrested on fourth night of riots",
    "Police arrested [[1,311 people|arrested;a=the Interior Ministry]] across France on the {{fourth}} night of rioting over the police shooting of a teenager in Nanterre, the Interior Ministry said. "
    "[[Seventy-nine officers|injured;a=the Interior Ministry]] were injured and [[1,350 vehicles|other;a=the Interior Ministry]] set on fire, it said, as [[45,000 police|combatants;a=the Interior Ministry]] were deployed nationwide.",
)

F(
    "Northern Ireland: 88 police officers injured in week of rioting",
    "[[Eighty-eight police officers|injured;a=the Police Service of Northern Ireland]] have been injured in a week of rioting in loyalist areas of Belfast and other towns, the Police Service of Northern Ireland said. "
    "[[Nineteen people|arrested;a=the Police Service of Northern Ireland]] have been arrested, it said.",
)

F(
    "Georgia: police detain 400 as pro-EU protests continue",
    "Georgian police have detained [[more than 400 protesters|arrested;a=the Interior Ministry]] since demonstrations began against the government's decision to suspend EU accession talks, the Interior Ministry said. "
    "The ombudsman's office said [[over 300 people|injured;a=The ombudsman's office]] had sought medical help, including [[80 police officers|injured;a=The ombudsman's office]].",
)

F(
    "Serbia: students hold vast rally in Belgrade",
    "[[An estimated 275,000 to 325,000 people|other;a=an independent monitoring group]] joined an anti-corruption rally in Belgrade on Saturday, an independent monitoring group said. "
    "Police put the number at [[107,000|other;a=Police]] and said [[22 people|arrested;a=Police]] had been detained after scuffles.",
)

F(
    "Greece: migrant boat sinks off Pylos, hundreds feared missing",
    "[[Seventy-eight bodies|killed;a=the Greek coastguard]] have been recovered and [[104 people|other;a=the Greek coastguard]] rescued after a fishing boat crammed with migrants sank off Pylos, the Greek coastguard said. "
    "Survivors told the UN that [[up to 750 people|other;a=Survivors]] had been on board, and that [[hundreds|missing;a=Survivors]] were trapped in the hold.",
)

# ---------------------------------------------------------------- Asia: Afghanistan, Pakistan, India

F(
    "Kabul airport bombing kills 170 Afghans and 13 US troops",
    "A suicide bomber struck crowds outside Kabul airport's Abbey Gate on Thursday, killing [[about 170 Afghans|killed;a=health officials]] and [[13 US service members|killed;a=health officials]], health officials said. "
    "[[More than 150 people|injured;a=the Pentagon]] were wounded, [[18 of them|injured;n=-;a=the Pentagon]] American troops, according to the Pentagon.",
)

F(
    "Afghanistan: blast at Kabul school kills 53, mostly girls",
    "A suicide bomber blew himself up at an education centre in a Hazara neighbourhood of western Kabul where students were sitting a practice exam, killing [[53 people|killed;a=the UN]], [[46 of them|killed;n=-;a=the UN]] girls and young women, the UN said. "
    "[[Another 110|injured]] were wounded.",
)

F(
    "Pakistan deports Afghans as deadline passes",
    "[[More than 200,000 Afghans|returned;a=the UN refugee agency]] have returned from Pakistan since Islamabad ordered undocumented foreigners to leave, the UN refugee agency said. "
    "Pakistani police have detained [[thousands|arrested;a=Afghan officials]] in raids on Afghan neighbourhoods, Afghan officials said, and [[about 1.4 million|displaced;a=Afghan officials]] with proof-of-registration cards may still stay.",
)

F(
    "Pakistan: Peshawar mosque bombing toll rises to 100",
    "The death toll from a suicide bombing at a mosque inside a police compound in Peshawar rose to [[100|killed;a=police]] on Tuesday, police said, most of them policemen. "
    "[[More than 220 people|injured;a=Lady Reading Hospital]] were wounded, and [[27 of them|injured;n=-;a=Lady Reading Hospital]] remained in critical condition, according to Lady Reading Hospital.",
)

F(
    "Pakistan: militants hijack Jaffar Express in Balochistan",
    "Baloch Liberation Army militants blew up a railway track and seized the Jaffar Express with [[about 440 passengers|kidnapped;a=security officials]] on board, security officials said. "
    "The army said it had freed [[354 hostages|kidnapped;a=The army]] and killed [[all 33 militants|killed;a=The army]] by Wednesday evening, while [[26 hostages|killed;a=The army]] died, [[18 of them|killed;n=-;a=The army]] soldiers.",
)

F(
    "Pakistan: Kurram sectarian clashes leave 130 dead",
    "Sectarian clashes in the Kurram district of Khyber Pakhtunkhwa have killed [[at least 130 people|killed;a=local officials]] in two weeks, local officials said, and [[186|injured;a=local officials]] were injured. "
    "The fighting began after gunmen ambushed a convoy, killing [[42 passengers|killed]].",
)

F(
    "India: Pahalgam attack kills 26 tourists",
    "Militants opened fire on tourists in a meadow near Pahalgam in Indian-administered Kashmir, killing [[26 people|killed;a=police]], [[25 of them|killed;n=-;a=police]] tourists, police said. "
    "[[At least 17|injured;a=hospital officials]] were wounded, hospital officials said.",
)

F(
    "India: Manipur violence death toll reaches 175",
    "[[A total of 175 people|killed;a=Manipur police]] have been killed in four months of ethnic violence between Meitei and Kuki-Zo communities, Manipur police said, [[32|missing;a=Manipur police]] are missing and [[1,108|injured;a=Manipur police]] injured. "
    "[[More than 4,700 houses|housing;a=Manipur police]] were burned, along with [[386 religious structures|housing;a=Manipur police]], they said.",
)

F(
    "India: Manipur relief camps still house 60,000",
    "[[Nearly 60,000 people|displaced;a=state officials]] still live in [[about 350 relief camps|capacity;a=state officials]] in Manipur, state officials said. "
    "The state plans to build [[3,000 prefabricated houses|housing;p;a=The state]] for families whose homes were burned.",
)

F(
    "India: Delhi riots death toll rises to 53",
    "The death toll from communal riots in northeast Delhi rose to [[53|killed;a=hospital officials]], hospital officials said on Sunday, and [[more than 200 people|injured;a=hospital officials]] were injured. "
    "Police said they had registered [[254 cases|other;a=Police]] and arrested or detained [[903 people|arrested;a=Police]].",
)

F(
    "Bangladesh: protests over job quotas leave 150 dead",
    "[[At least 150 people|killed;a=officials]] have been killed in a week of clashes between police and students protesting job quotas, officials said, while [[several thousand|injured;a=hospitals]] were injured, according to hospitals. "
    "Police have arrested [[more than 2,500 people|arrested;a=a police official]] across the country, a police official told AFP.",
)

F(
    "Bangladesh: Rohingya refugees in Cox's Bazar top 1 million",
    "[[More than 1 million Rohingya refugees|displaced;a=UNHCR]] now live in camps in Cox's Bazar, UNHCR said, after [[some 60,000|displaced;a=UNHCR]] arrived from Myanmar's Rakhine state since {{November 2023}}. "
    "The WFP said it would cut monthly food rations to {{$6}} a person unless new funds arrive.",
)

# ---------------------------------------------------------------- Asia: Myanmar, Philippines, others

F(
    "Myanmar: air strike on village gathering kills 160",
    "A junta air strike on a ceremony in Pazigyi village in Sagaing region killed [[more than 160 people|killed;a=residents and media]], residents and media reported, including [[about 40 children|killed;a=residents and media]]. "
    "The military confirmed it had carried out the strike, saying it targeted a resistance office opening.",
)

F(
    "Myanmar: 3 million displaced since coup, UN says",
    "[[More than 3 million people|displaced;a=the UN humanitarian office]] are internally displaced in Myanmar, [[about 2.7 million of them|displaced;n=-;a=the UN humanitarian office]] since the {{February 2021}} coup, the UN humanitarian office said. "
    "[[Some 18.6 million|civilians;a=The office;alt=the UN humanitarian office]] need humanitarian assistance, The office said.",
)

F(
    "Myanmar: resistance forces capture junta outposts in Shan",
    "Ethnic armed groups in northern Shan state said they had captured [[more than 150 junta outposts|other;a=Ethnic armed groups]] and [[four border towns|other;a=Ethnic armed groups]] in two weeks. "
    "[[About 50,000 people|displaced;a=the UN]] fled the fighting, the UN said, and [[about 40 soldiers|combatants;a=the UN]] who surrendered were handed over to the Chinese border authorities.",
)

F(
    "Philippines: Marawi siege displaces 350,000",
    "[[More than 350,000 people|displaced;a=the Department of Social Welfare]] have fled Marawi and surrounding towns since Islamic State-linked militants laid siege to the city, the Department of Social Welfare said. "
    "The military said [[about 200 militants|combatants;a=The military]] were still holed up in the city centre with [[up to 100 hostages|kidnapped;a=The military]].",
)

F(
    "Philippines: NPA rebels surrender in Negros",
    "[[Forty-two New People's Army rebels|combatants;a=the army's 3rd Infantry Division]] surrendered in Negros Occidental, handing over [[31 firearms|other;a=the army's 3rd Infantry Division]], the army's {{3rd}} Infantry Division said.",
)

F(
    "Sri Lanka: Easter bombings toll revised down to 253",
    "Sri Lanka's health ministry revised the death toll from the Easter Sunday bombings of churches and hotels down to [[about 253|killed;a=Sri Lanka's health ministry]] from [[359|killed;a=Sri Lanka's health ministry]], blaming a counting error. "
    "[[About 500 people|injured;a=police]] were wounded, and police have arrested [[76 suspects|arrested;a=police]], police said.",
)

F(
    "Indonesia: Papua rebels kill 10 workers",
    "Separatist rebels in Indonesia's Papua province killed [[at least 10 civilians|killed;a=the military]] at a construction site in Nduga, the military said, and [[at least 4 others|missing;a=the military]] are missing. "
    "The West Papua National Liberation Army said the dead were spies.",
)

F(
    "Thailand: bombs in Pattani injure 11",
    "[[Seven small bombs|other;u=other;a=police]] went off in Pattani and Yala provinces on Friday night, injuring [[11 people|injured;a=police]], [[two of them|injured;n=-;a=police]] seriously, police said.",
)

F(
    "Kyrgyzstan: 137,000 evacuated after border clashes with Tajikistan",
    "[[More than 137,000 people|displaced;a=Kyrgyzstan's emergencies ministry]] have been evacuated from border areas of Batken region after clashes with Tajik forces, Kyrgyzstan's emergencies ministry said. "
    "[[At least 59 Kyrgyz citizens|killed;a=The health ministry]] were killed and [[144|injured;a=The health ministry]] injured, The health ministry said.",
)


# ---------------------------------------------------------------- Latin America

F(
    "Haiti: gangs kill 115 in Pont-Sonde attack",
    "Members of the Gran Grif gang attacked the town of Pont-Sonde in the Artibonite region early on Thursday, killing [[at least 115 people|killed;a=the UN human rights office]], the UN human rights office said. "
    "[[At least 16 others|injured]] were wounded, and the attackers set fire to [[45 houses|housing]] and [[34 vehicles|other]]. "
    "[[More than 6,270 people|displaced;a=the IOM]] fled to nearby towns, the IOM said.",
)

F(
    "Haiti: displacement passes 1 million as gangs expand",
    "[[More than 1 million people|displaced;a=the International Organization for Migration]] are now displaced in Haiti, three times as many as a year ago, the International Organization for Migration said. "
    "{{About half}} of them are children. "
    "In the capital, [[some 142 sites|capacity;u=other;a=the agency;alt=the International Organization for Migration]], mostly schools and churches, shelter displaced families, the agency said.",
)

F(
    "Haiti: Kenyan-led police force deploys more officers",
    "[[A further 217 Kenyan police officers|combatants;a=Kenya's Interior Ministry]] arrived in Port-au-Prince on Saturday, Kenya's Interior Ministry said, bringing the Kenyan contingent to [[about 600|combatants;a=Kenya's Interior Ministry]]. "
    "The UN-backed mission is authorised to have [[up to 2,500 officers|combatants;p;a=The UN-backed mission]] but remains short of funds.",
)

F(
    "Haiti: kidnappers free 12 missionaries held for two months",
    "The last [[12 members|kidnapped;a=Christian Aid Ministries]] of a group of US and Canadian missionaries kidnapped by the 400 Mawozo gang were freed on Thursday, Christian Aid Ministries said. "
    "The gang had seized [[17 people|kidnapped]], including [[five children|kidnapped]], in {{October}}, and [[two of them|kidnapped;n=-]] were released in {{November}}.",
    ["400 Mawozo"],
)

F(
    "Mexico: Ayotzinapa families march ten years after students vanished",
    "The families of the [[43 students|missing]] who disappeared in Iguala in {{2014}} marched in Mexico City on Thursday. "
    "Prosecutors have charged [[more than 120 people|arrested;a=Prosecutors]], including [[16 soldiers|arrested;a=Prosecutors]], but the remains of [[only three|killed;a=Prosecutors]] of the students have been identified.",
)

F(
    "Mexico: cartel fighting in Culiacan leaves 500 dead",
    "[[More than 500 people|killed;a=state prosecutors]] have been killed in Sinaloa since fighting between rival factions of the Sinaloa cartel erupted in {{September}}, state prosecutors said, and [[about 600|missing;a=state prosecutors]] have been reported missing. "
    "[[Some 2,000 troops|combatants]] have been sent to Culiacan.",
)

F(
    "Mexico: army says 14 gunmen killed in Michoacan clash",
    "Soldiers killed [[14 suspected cartel gunmen|killed;a=the Defence Ministry]] in a clash near Apatzingan, the Defence Ministry said, and seized [[20 rifles|other;a=the Defence Ministry]] and [[five armoured trucks|other;a=the Defence Ministry]]. "
    "[[Two soldiers|injured]] were wounded.",
)

F(
    "Colombia: Catatumbo fighting displaces 50,000",
    "[[More than 50,000 people|displaced;a=the Ombudsman's Office]] have fled the Catatumbo region since the ELN launched an offensive against FARC dissidents in {{mid-January}}, the Ombudsman's Office said. "
    "[[At least 80 people|killed;a=the governor of Norte de Santander]] have been killed, including [[seven signatories|killed;a=the governor of Norte de Santander]] of the {{2016}} peace deal, the governor of Norte de Santander said. "
    "[[About 32,000|civilians]] are confined to their villages.",
)

F(
    "Colombia: dissidents release 28 kidnapped soldiers",
    "FARC dissidents released [[28 soldiers|kidnapped;a=the army]] and [[one police officer|kidnapped;a=the army]] they had held for three days in Guaviare, the army said. "
    "[[Nine civilians|killed]] had died in the bombing of a dissident camp that preceded the kidnapping.",
)

F(
    "Ecuador: prison riot in Guayaquil leaves 118 dead",
    "[[At least 118 inmates|killed;a=President Guillermo Lasso]] were killed in a riot between rival gangs at the Litoral penitentiary in Guayaquil, President Guillermo Lasso said, and [[79|injured;a=President Guillermo Lasso]] were injured. "
    "[[About 400 police|combatants;a=The prisons agency]] were sent in to retake control, The prisons agency said.",
)

F(
    "Ecuador: hooded gunmen burst into Guayaquil TV studio during broadcast",
    "Hooded gunmen burst into a TV studio in Guayaquil during a live broadcast and held staff at gunpoint before police arrived, arresting [[13 people|arrested;a=police]], police said. "
    "[[Seven police officers|kidnapped;a=officials]] were also kidnapped in several cities overnight, officials said, and [[more than 150 prison guards|kidnapped;a=officials]] were being held by inmates.",
)

F(
    "Venezuela: post-election crackdown, 2,000 detained",
    "[[More than 2,000 people|arrested;a=President Nicolas Maduro]] have been arrested since protests erupted over the disputed election result, President Nicolas Maduro said. "
    "Rights group Foro Penal said [[at least 23 people|killed;a=Rights group Foro Penal;alt=Foro Penal]] had been killed, including [[two soldiers|killed;a=Rights group Foro Penal;alt=Foro Penal]].",
)

F(
    "Venezuelan exodus reaches 7.7 million",
    "[[About 7.7 million Venezuelans|displaced;a=the UN refugee agency]] have left their country, [[nearly 6.6 million of them|displaced;n=-;a=the UN refugee agency]] for other countries in Latin America and the Caribbean, the UN refugee agency said.",
)

F(
    "Nicaragua: 300 killed in crackdown on protests",
    "[[At least 317 people|killed;a=the Inter-American Commission on Human Rights]] were killed in the government's crackdown on protests, the Inter-American Commission on Human Rights said, and [[more than 2,000|injured;a=the Inter-American Commission on Human Rights]] were wounded. "
    "[[About 23,000 Nicaraguans|displaced;a=UNHCR]] have sought asylum in Costa Rica, UNHCR said.",
)

F(
    "Brazil: Rio police raid kills 28 in Jacarezinho",
    "A police raid against drug traffickers in Rio de Janeiro's Jacarezinho favela left [[28 people|killed;a=police]] dead, including [[one officer|killed;a=police]], police said. "
    "Rights groups said several of the dead appeared to have been executed.",
)

F(
    "Peru: protest death toll rises to 60",
    "The death toll from protests against President Dina Boluarte rose to [[60|killed;a=the ombudsman's office]], the ombudsman's office said, [[47 of them|killed;n=-;a=the ombudsman's office]] in clashes with the security forces. "
    "[[About 1,300 people|injured]] have been hurt, [[over 500 of them|injured;n=-]] police officers.",
)

F(
    "Chile: protesters lose sight to police pellets",
    "[[More than 2,000 people|injured;a=the National Human Rights Institute]] have been injured by police in four weeks of protests, the National Human Rights Institute said, including [[over 220|injured;a=the National Human Rights Institute]] with eye injuries. "
    "[[Some 5,600 people|arrested;a=Prosecutors]] have been detained, Prosecutors said.",
)

F(
    "Honduras: 46 women killed in prison riot",
    "[[Forty-six women|killed;a=the public prosecutor's office]] were killed in a riot at a women's prison in Tamara, the public prosecutor's office said, most of them burned to death. "
    "[[Seven inmates|injured]] were taken to hospital in Tegucigalpa.",
)

F(
    "Guatemala: prison break frees 20 gang leaders",
    "[[Twenty members|other;a=the government]] of the {{Barrio 18}} gang escaped from the Fraijanes II prison, the government said, and [[only one|arrested;a=police]] has been recaptured, police said. "
    "The interior minister said [[about 3,000 police|combatants;a=The interior minister]] were searching for the fugitives.",
)

# ---------------------------------------------------------------- press releases, headlines, mixed

F(
    "WFP: aid reaches 1.2 million in Sudan's Darfur",
    "The World Food Programme said it had delivered food to [[more than 1.2 million people|aid;a=The World Food Programme]] in Darfur in {{March}}, using [[340 trucks|aid;a=The World Food Programme]] that crossed from Chad at Adre. "
    "It plans to reach [[2 million|aid;p;a=The World Food Programme]] by the end of {{May}}.",
)

F(
    "UNICEF: hundreds of children killed in Sudan in three months",
    "[[At least 522 children|killed;a=UNICEF]] have been killed and [[more than 4,000|injured;a=UNICEF]] injured in Sudan in the {{first three months}} of the year, UNICEF said in a statement on Monday. "
    "The agency said [[some 14 million children|civilians;a=The agency;alt=UNICEF]] in the country need humanitarian support.",
)

F(
    "ICRC distributes seed and tools to 30,000 families in Burkina Faso",
    "The International Committee of the Red Cross said it had given seed and tools to [[30,000 families|aid;a=The International Committee of the Red Cross]] in Burkina Faso's Centre-Nord and Sahel regions, and repaired [[14 boreholes|aid;a=The International Committee of the Red Cross]] in areas hosting displaced people. "
    "[[Some 12,000 people|aid;a=the ICRC;alt=The International Committee of the Red Cross]] received cash grants, the ICRC added.",
)

F(
    "MSF: 3,200 patients treated for war wounds in Gaza hospital",
    "Doctors Without Borders said its teams at Nasser Hospital had treated [[more than 3,200 patients|aid;a=Doctors Without Borders]] for war wounds since {{October}}, most of them for burns and blast injuries.",
)

F(
    "UNHCR: 120 million people forcibly displaced worldwide",
    "The number of people forcibly displaced by war, violence and persecution worldwide has reached [[120 million|displaced;a=UNHCR]], UNHCR said in a report on Thursday, the {{12th}} annual increase in a row. "
    "[[Some 43.4 million of them|displaced;n=-;a=UNHCR]] are refugees.",
)

F(
    "Save the Children: 6,000 shelters needed in Idlib camps",
    "Save the Children said [[more than 6,000 tents|housing;a=Save the Children]] in camps in Idlib were destroyed or damaged by storms and shelling this winter, and that [[around 6,000 new shelters|capacity;p;a=Save the Children]] are needed. "
    "[[About 2 million people|displaced]] live in camps across northwest Syria.",
)

F(
    "OCHA: airdrops reach 20,000 people in Upper Nile",
    "The World Food Programme carried out [[37 airdrops|aid;a=the UN humanitarian office]] of food to Nasir and Ulang counties in Upper Nile state in two weeks, reaching [[about 20,000 people|aid;a=the UN humanitarian office]], the UN humanitarian office said. "
    "[[At least 50,000|displaced;a=The office;alt=the UN humanitarian office]] have fled fighting between the army and the White Army, The office said.",
)

F(
    "NRC: 600 homes rebuilt for returnees in Sinjar",
    "The Norwegian Refugee Council said it had rebuilt [[600 homes|housing;a=The Norwegian Refugee Council]] in Sinjar for returning Yazidi families, and plans to repair [[400 more|housing;p;n=-;u=structure;a=The Norwegian Refugee Council]] this year. "
    "[[Some 90,000 people|returned]] have gone back to Sinjar since {{2020}}.",
)

F(
    "IOM: 1,500 migrants intercepted off Libya in a week",
    "[[About 1,500 migrants|other;a=the IOM]] were intercepted at sea and returned to Libya in a week, the IOM said, and [[at least 60|missing;a=the IOM]] are missing after two shipwrecks. "
    "The agency said [[between 4,000 and 5,000 people|arrested;a=The agency;alt=the IOM]] are held in official detention centres.",
)

F(
    "Amnesty: 70 villages burned in Rakhine in a month",
    "Satellite images show [[at least 70 villages|other;a=Amnesty International]] were burned in northern Rakhine in a month, Amnesty International said, destroying [[more than 4,000 homes|housing;a=Amnesty International]].",
)

F(
    "HRW: Ethiopian forces detained 1,000 Tigrayans in Addis Ababa",
    "Human Rights Watch said Ethiopian police detained [[more than 1,000 ethnic Tigrayans|arrested;a=Human Rights Watch]] in Addis Ababa under a state of emergency, and that [[at least 9|missing;a=Human Rights Watch]] had disappeared after arrest.",
)

F(
    "Headline: Gunmen abduct 80 in Zamfara village",
    "Gunmen abducted [[about 80 people|kidnapped;a=residents]], most of them women and children, in a night raid on Kaya village in Zamfara state, residents said.",
)

F(
    "Headline: Suicide bomber kills 11 at Somali restaurant",
    "A suicide bomber killed [[11 people|killed;a=police]] and wounded [[16|injured;a=police]] at a restaurant near the Mogadishu police academy on Friday night, police said.",
)

F(
    "Headline: Israel says 200 rockets fired from Lebanon",
    "Hezbollah fired [[about 200 rockets|other;a=the Israeli military]] and [[20 drones|other;a=the Israeli military]] at northern Israel on Thursday, the Israeli military said, after an Israeli strike killed a senior commander in Tyre.",
)

F(
    "Headline: Clashes in Tripoli's Bab al-Tabbaneh wound 23",
    "Clashes between gunmen in the Lebanese city of Tripoli wounded [[23 people|injured;a=the Lebanese army]], including [[four soldiers|injured;a=the Lebanese army]], the Lebanese army said.",
)

F(
    "Headline: 12 Malian soldiers missing after convoy ambush",
    "[[Twelve soldiers|missing;a=the Malian army]] are missing after jihadists ambushed a supply convoy near Boulkessi, the Malian army said, adding that [[five soldiers|killed;a=the Malian army]] were killed and [[ten vehicles|other;a=the Malian army]] destroyed.",
)

F(
    "Headline: Rwandan peacekeepers repel attack in Bangui",
    "Peacekeepers repelled an attack by rebels on the outskirts of Bangui, killing [[about 30 attackers|killed;a=the UN mission]], the UN mission said. "
    "[[One peacekeeper|killed]] from Rwanda was killed.",
)


# ---------------------------------------------------------------- more wire leads and live entries

F(
    "Sudan: RSF kills villagers in Wad al-Nourah",
    "RSF fighters attacked the village of Wad al-Nourah in Gezira state on Wednesday, killing [[more than 100 people|killed;a=the Madani Resistance Committee]], the Madani Resistance Committee said, [[35 of whom|killed;n=-;a=the Madani Resistance Committee]] were children. "
    "[[Hundreds more|injured;n=-;a=The committee;alt=the Madani Resistance Committee]] were wounded, The committee said.",
)

F(
    "South Sudan: Upper Nile fighting forces thousands into Ethiopia",
    "[[Between 40,000 and 50,000 people|displaced;a=aid agencies]] have fled Nasir county, [[about 10,000 of them|displaced;n=-;a=aid agencies]] into Ethiopia's Gambella region, after clashes between the army and the White Army militia, aid agencies said.",
)

F(
    "Somalia: drought and conflict displace 1 million in five months",
    "[[More than 1 million people|displaced;a=the Norwegian Refugee Council]] have been displaced in Somalia since {{January}} by drought and fighting with al-Shabaab, the Norwegian Refugee Council said. "
    "[[As many as 300,000 children|civilians;p;a=the Norwegian Refugee Council]] could face severe malnutrition by the end of the year, it said.",
)

F(
    "Ethiopia: Tigray returnees go back to Raya",
    "[[Some 12,000 displaced people|returned;a=the Tigray interim administration]] went back to their homes in Raya Alamata this week under an agreement with the federal government, the Tigray interim administration said. "
    "It expects [[up to 50,000|returned;p;a=the Tigray interim administration]] to return by the end of the month.",
)

F(
    "Nigeria: army says 6,900 Boko Haram fighters surrendered",
    "[[More than 6,900 Boko Haram fighters|combatants;a=The Nigerian military]] and their families have surrendered to troops in the northeast in two months, The Nigerian military said, along with [[about 1,900 weapons|other;a=The Nigerian military]]. "
    "[[About 130,000 former fighters and relatives|other;n=fighters and relatives]] have passed through the Operation Safe Corridor programme.",
)

F(
    "Mali: peacekeepers leave Kidal base as UN mission winds down",
    "[[About 200 peacekeepers|combatants;a=the UN mission]], the last of the force, left the UN base in Kidal on Tuesday, the UN mission said. "
    "MINUSMA had [[more than 12,000 troops|combatants;a=MINUSMA]] at its peak and lost [[over 300|killed;a=MINUSMA]] of them to attacks, the deadliest toll of any UN mission.",
)

F(
    "Burkina Faso: 50 women abducted near Arbinda",
    "Suspected jihadists abducted [[around 50 women|kidnapped;a=the regional governor]] who were gathering wild fruit near Arbinda, the regional governor said. "
    "[[Four of the women|kidnapped;n=women]] escaped and walked back to their village.",
)

F(
    "Chad: army says 200 Boko Haram fighters killed after Lake Chad raid",
    "Chadian troops killed [[96 Boko Haram militants|killed;a=the army]] in an operation around Lake Chad, the army said, after an attack on a military base killed [[about 40 soldiers|killed;a=the army]]. "
    "[[Six civilians|missing]] are unaccounted for.",
)

F(
    "DRC: Red Cross buries 1,200 bodies in Goma",
    "The Congolese Red Cross has buried [[more than 1,200 bodies|killed;a=the ICRC]] collected from the streets of Goma after the rebel takeover, the ICRC said. "
    "[[About 2,000 wounded|injured;n=wounded;a=the ICRC]] have been treated at the city's hospitals, which are operating far beyond capacity, the ICRC said.",
)

F(
    "Gaza live: 37 killed waiting for aid in Rafah",
    "09:05 GMT – [[At least 37 Palestinians|killed;a=the Gaza Health Ministry]] were killed and [[more than 170|injured;a=the Gaza Health Ministry]] wounded near an aid distribution point in Rafah, the Gaza Health Ministry says. "
    "09:40 GMT – The Israeli army says troops fired warning shots at suspects who approached them.",
    ["09:05 GMT", "09:40 GMT"],
)

F(
    "Israel: rocket barrage on Tel Aviv wounds 16",
    "A barrage of [[about 30 rockets|other;a=the military]] was fired from Gaza towards central Israel on Saturday evening, the military said. "
    "[[Sixteen people|injured;a=Magen David Adom]] were lightly hurt, most of them while running to shelters, Magen David Adom said.",
)

F(
    "Lebanon: Israeli strike on Beirut suburb kills 22",
    "An Israeli air strike on a residential building in Beirut's southern suburbs killed [[22 people|killed;a=the Lebanese Health Ministry]] and wounded [[117|injured;a=the Lebanese Health Ministry]], the Lebanese Health Ministry said, in a toll it described as preliminary. "
    "An earlier count had put the dead at [[18|killed;a=An earlier count]].",
)

F(
    "Syria: Turkish drone strikes hit Kurdish-held towns",
    "Turkish drone strikes on Kurdish-held towns in northeast Syria killed [[at least 12 people|killed;a=the SDF]], [[eight of them|killed;n=-;a=the SDF]] fighters, the SDF said, and knocked out [[two power stations|housing;u=structure;n=stations;a=the SDF]], leaving [[nearly 1 million people|civilians;a=the SDF]] without electricity.",
)

F(
    "Yemen: missile strike on al-Rawda camp in Marib kills four",
    "A Houthi missile struck the al-Rawda displacement camp in Marib, killing [[four people|killed;a=the camps administration]], including a child, and wounding [[11|injured;a=the camps administration]], the camps administration said. "
    "[[About 60 tents|housing]] were burned.",
)

F(
    "Iraq: 2,000 Yazidi families leave camps for Sinjar in a month",
    "[[More than 2,000 Yazidi families|returned;a=the Ministry of Migration]] have left camps in Duhok for Sinjar in a month, the Ministry of Migration said, after the government offered each family a return grant. "
    "[[Twenty-three camps|capacity;a=the ministry;alt=the Ministry of Migration]] are still open in the Kurdistan region, the ministry said.",
)

F(
    "Afghanistan: earthquake-hit Herat also hosts returnees from Iran",
    "[[More than 450,000 Afghans|returned;a=the IOM]] have returned or been deported from Iran since {{January}}, the IOM said, many of them to Herat province. "
    "[[Up to 1,800 people a day|returned;a=The agency;alt=the IOM]] are crossing at Islam Qala, The agency said.",
)

F(
    "Pakistan: 30 soldiers killed in Waziristan attacks",
    "Militants attacked [[two army posts|other;u=structure;n=posts;a=the military's media wing]] in North Waziristan, killing [[16 soldiers|killed;a=the military's media wing]], the military's media wing said. "
    "[[Eight militants|killed;a=the military's media wing]] were killed in the exchange of fire, it said.",
)

F(
    "Myanmar: junta conscripts 5,000 in first batch",
    "Myanmar's military began training [[5,000 conscripts|combatants;a=state media]] in the first batch of its new draft, state media reported, and plans to call up [[60,000 people|combatants;p;a=state media]] a year. "
    "Thousands of young men have fled to Thailand to avoid service.",
)

F(
    "Philippines: troops and rebels clash in Lanao del Sur",
    "[[Eleven soldiers|killed;a=the army]] were killed and [[seven|injured;a=the army]] wounded in a firefight with Dawlah Islamiyah militants in Lanao del Sur, the army said. "
    "[[Some 600 families|displaced]] fled to evacuation centres.",
)

F(
    "Ukraine: Kharkiv strike on hardware store kills 19",
    "Two Russian guided bombs struck a crowded hardware store in Kharkiv on Saturday, killing [[19 people|killed;a=Kharkiv governor Oleh Syniehubov]] and wounding [[over 40|injured;a=Kharkiv governor Oleh Syniehubov]], Kharkiv governor Oleh Syniehubov said. "
    "[[About 200 people|civilians;a=officials]] may have been inside at the time, officials said, and [[16|missing;a=officials]] were still unaccounted for.",
)

F(
    "Ukraine: children returned from Russia",
    "[[Eleven Ukrainian children|returned;a=the Ukrainian ombudsman]] taken to Russia or Russian-occupied territory have been brought home with Qatari mediation, the Ukrainian ombudsman said. "
    "Kyiv says [[more than 19,500 children|kidnapped;a=Kyiv]] have been deported or forcibly transferred since the start of the war, and that [[only about 1,000|returned;a=Kyiv]] have returned.",
)

F(
    "Colombia: ELN frees 7 hostages after talks",
    "The ELN guerrilla released [[seven hostages|kidnapped;a=the Ombudsman's Office]], among them [[two soldiers|kidnapped;a=the Ombudsman's Office]], in Arauca on Sunday, the Ombudsman's Office said. "
    "The group is believed to hold [[about 30 more people|kidnapped]].",
)

F(
    "Haiti: gang attack on Cite Soleil leaves dozens dead",
    "Fighting between rival gangs in Cite Soleil killed [[at least 89 people|killed;a=Doctors Without Borders]] in ten days, Doctors Without Borders said, and its clinic treated [[more than 120 patients|aid;a=Doctors Without Borders]] for gunshot wounds. "
    "[[About 3,000 residents|displaced]] fled to other neighbourhoods.",
)

F(
    "Mozambique: post-election unrest leaves 250 dead",
    "[[At least 250 people|killed;a=the electoral watchdog Plataforma Decide;alt=Plataforma Decide]] have been killed in unrest since disputed elections, the electoral watchdog Plataforma Decide said, and [[more than 4,000|arrested;a=the electoral watchdog Plataforma Decide;alt=Plataforma Decide]] have been arrested. "
    "[[About 1,500 inmates|other;a=the police chief]] escaped from a Maputo prison during a riot on {{Christmas Day}}, the police chief said, and [[33|killed;a=the police chief]] were killed in clashes with guards.",
)

F(
    "Cameroon: Boko Haram attack on Mozogo camp",
    "A suicide attack on a camp for displaced people in Nguetechewe, Far North region, killed [[at least 17 people|killed;a=a local official]], a local official told AFP. "
    "The camp hosts [[between 3,000 and 4,000 people|displaced]] who fled earlier raids.",
)

F(
    "Kenya: police deployed after Marsabit clashes",
    "[[At least 300 police officers|combatants;a=Interior Minister Kithure Kindiki]] were deployed to Marsabit after clan clashes killed [[about 20 people|killed;a=Interior Minister Kithure Kindiki]] in a month, Interior Minister Kithure Kindiki said. "
    "[[Between 500 and 600 families|displaced]] have left their homes and [[some 40 houses|housing]] were burned.",
)


# ---------------------------------------------------------------- texts with numbers but no figure

F(
    "UN launches $4.2 billion appeal for Sudan",
    "The United Nations launched a {{$4.2 billion}} appeal for Sudan on {{February 17, 2025}}, the largest ever for the country. "
    "Last year's appeal was only about {{60 percent}} funded, OCHA said, and the lean season begins in {{June}}.",
)

F(
    "Gaza ceasefire to take effect Sunday morning",
    "The ceasefire between Israel and Hamas will take effect at {{8:30 a.m.}} local time on Sunday, Qatar's foreign ministry said. "
    "The first phase is meant to last {{42 days}}, and talks on a {{second}} phase are due to begin by the {{16th day}}.",
)

F(
    "Ukraine: EU approves 14th sanctions package",
    "EU ambassadors approved a {{14th}} package of sanctions against Russia on {{June 20, 2024}}, targeting liquefied natural gas for the first time. "
    "The bloc has frozen about {{EUR 210 billion}} of Russian central bank assets since {{2022}}.",
)

F(
    "Colombia marks anniversary of FARC peace accord",
    "Colombia marked {{eight years}} since the signing of the peace accord with the FARC on {{November 24}}. "
    "The agreement, signed in Havana and Bogota in {{2016}}, ended a conflict that lasted more than {{50 years}}, and its implementation is only {{32%}} complete, a university monitor said.",
)

F(
    "Nigeria raises defence budget for 2025",
    "Nigeria's defence and security allocation in the {{2025}} budget rose to {{N4.91 trillion}}, up from {{N3.25 trillion}}, the budget office said. "
    "The budget was signed into law on {{February 28}}, {{two months}} later than planned.",
)

F(
    "Mali: junta postpones return to civilian rule",
    "Mali's military government postponed elections planned for {{February 2024}} indefinitely, citing technical reasons. "
    "The colonels, who seized power in {{August 2020}} and again in {{May 2021}}, had promised a {{24-month}} transition.",
)

F(
    "Yemen truce extended for two more months",
    "Yemen's warring parties agreed to extend a UN-brokered truce by {{two months}} from {{June 2}}, the UN envoy said. "
    "Under the truce, commercial flights between Sanaa and Amman resumed for the first time since {{2016}}.",
)

F(
    "Iraq: Mosul's al-Nuri mosque reopens after reconstruction",
    "The al-Nuri mosque in Mosul, destroyed in {{2017}}, reopened on {{September 1}} after a {{$50 million}} reconstruction funded by the UAE. "
    "Its leaning minaret, first built in the {{12th century}}, was rebuilt to a height of {{45 metres}}.",
)

F(
    "Syria: new president sworn in for five-year transition",
    "Syria's interim president signed a constitutional declaration on {{March 13, 2025}} setting a {{five-year}} transitional period. "
    "The previous constitution, adopted in {{2012}}, was suspended, and a {{third}} of the new assembly will be appointed by the president.",
)

F(
    "Israel: reservist call-up extended",
    "Israel's cabinet extended the emergency call-up order for reservists until {{the end of 2024}}, raising the maximum age of service to {{45}} for officers. "
    "Reservists have served an average of {{136 days}} since the war began, the army said.",
)

F(
    "Ethiopia and Eritrea: border tension raises fears",
    'Tensions between Ethiopia and Eritrea have risen since Prime Minister Abiy Ahmed said in {{October 2023}} that access to the Red Sea was an "existential" matter. '
    "Eritrea, which won independence in {{1993}}, fought a war with Ethiopia from {{1998 to 2000}}.",
)

F(
    "Somalia joins UN Security Council",
    "Somalia took up a {{two-year}} seat on the UN Security Council on {{January 1, 2025}}, for the {{first}} time since {{1971-72}}. "
    "The council's mandate for the AU mission, AUSSOM, runs for {{12 months}}.",
)

F(
    "Myanmar: military extends emergency rule for fourth time",
    "Myanmar's military extended the state of emergency by another {{six months}} on {{Wednesday}}, the {{fourth}} extension since the {{February 1, 2021}} coup. "
    "Elections are now planned for {{December 2025}}.",
)

F(
    "Kenya to lead Haiti mission, court challenge rejected",
    "Kenya's High Court on {{Friday}} dismissed a petition against the deployment of police to Haiti, {{ten months}} after first blocking it. "
    "The mission was approved by UN {{Resolution 2699}} in {{October 2023}} with an annual budget of about {{$600 million}}.",
)

F(
    "Afghanistan: Taliban ban on women's education enters third year",
    "Girls in Afghanistan above grade {{six}} have been barred from school for more than {{1,000 days}}, UNICEF said. "
    "The Taliban returned to power on {{August 15, 2021}}, and universities were closed to women in {{December 2022}}.",
)

F(
    "Pakistan: court sentences ex-PM to 14 years",
    "A Pakistani court sentenced former prime minister Imran Khan, {{72}}, to {{14 years}} in prison on {{January 17}} in a corruption case, his {{fourth}} conviction. "
    "His wife received {{seven years}}, and the couple were fined {{1 million rupees}}.",
)

F(
    "Ukraine war enters fourth year",
    "Russia's full-scale invasion of Ukraine entered its {{fourth}} year on {{February 24, 2025}}. "
    "Russian forces occupy about {{18%}} of Ukraine's territory, roughly {{113,000 square kilometres}}, and the front line runs for more than {{1,000 km}}.",
)

F(
    "DRC, Rwanda sign peace deal in Washington",
    "The foreign ministers of Congo and Rwanda signed a peace agreement in Washington on {{June 27, 2025}}, to be implemented within {{90 days}}. "
    "Rwanda has been accused of backing the {{M23}} rebellion since {{2021}}.",
)

F(
    "Lebanon: ceasefire gives Israel 60 days to withdraw",
    "The ceasefire that took effect at {{4 a.m.}} on {{November 27}} gives Israeli forces {{60 days}} to withdraw from southern Lebanon. "
    "The Lebanese army is to deploy south of the Litani river, about {{30 km}} from the border, under {{Resolution 1701}} of {{2006}}.",
)

F(
    "Sahel states quit ECOWAS",
    "Mali, Burkina Faso and Niger formally left the West African bloc ECOWAS on {{January 29, 2025}}, {{one year}} after announcing their withdrawal. "
    "The juntas formed the Alliance of Sahel States in {{September 2023}} and plan to introduce a common passport by {{2026}}.",
)


# ---------------------------------------------------------------- figures among dates, ages, distances and money

F(
    "Nigeria: kidnappers demand ransom for 15 travellers in Kogi",
    "Gunmen abducted [[15 passengers|kidnapped;a=police]] from a bus on the Lokoja-Abuja highway, about {{40 km}} from Lokoja, at around {{7 p.m.}} on {{Sunday}}, police said. "
    "The kidnappers have demanded a ransom of {{N100 million}}, relatives said, and a {{62-year-old}} pastor among the passengers was one of [[two people|injured;a=relatives]] shot during the attack.",
)

F(
    "Burkina Faso: Djibo under blockade for 20 months",
    "[[About 300,000 people|civilians;a=aid groups]] in Djibo have lived under a jihadist blockade for {{20 months}}, aid groups said, with food brought in only by helicopter or by escorted convoys of [[up to 150 trucks|aid;a=aid groups]]. "
    "Prices of millet have risen by {{200%}} since {{2022}}.",
)

F(
    "Syria: 1,500 families return to villages near Idlib after front line moves",
    "[[About 1,500 families|returned;a=the Syria Response Coordination Group]] went back to villages south of Idlib in the {{first week of December}}, the Syria Response Coordination Group said, after the front line moved some {{30 km}} south. "
    "[[More than 60,000 people|displaced;a=the group;alt=the Syria Response Coordination Group]] are still in [[over 1,000 camps|capacity;a=the group;alt=the Syria Response Coordination Group]] near the Turkish border, the group said.",
)

F(
    "Ethiopia: Tigray camp for 70,000 built for 20,000",
    "A camp for displaced people in Mekelle built for [[20,000|capacity;a=camp managers]] now holds [[nearly 70,000|displaced;a=camp managers]], camp managers said on {{March 3}}. "
    "Families of {{five to seven people}} share a single tent of {{16 square metres}}, and there are [[42 latrines|aid]] for the whole camp.",
)

F(
    "Lebanon: schools turned into shelters delay term",
    "[[About 600 public schools|capacity;a=the Education Ministry]] are being used as shelters for people displaced by Israeli strikes, the Education Ministry said, delaying the start of the school year to {{November 4}}. "
    "[[Some 190,000 displaced people|displaced;a=the Education Ministry]] live in them.",
)

F(
    "Haiti: 4,000 children recruited by gangs, UNICEF says",
    "Armed gangs in Haiti have recruited [[up to 4,000 children|combatants;a=UNICEF]], UNICEF said, a rise of {{70%}} in a year, with some as young as {{eight}}. "
    "Gangs control about {{85 percent}} of Port-au-Prince, the UN says.",
)

F(
    "Mexico: 110,000 missing, search collectives say",
    "[[More than 110,000 people|missing;a=the National Search Commission]] are registered as missing in Mexico, the National Search Commission says, most of them since the start of the drug war in {{2006}}. "
    "Search collectives found [[about 1,200 bodies|killed;a=Search collectives]] in clandestine graves in Jalisco in {{2024}}, Search collectives said.",
)

F(
    "DRC: Uvira aid hub stocks run low",
    "The World Food Programme said it had distributed [[1,700 tonnes|aid;a=The World Food Programme]] of food to [[150,000 people|aid;a=The World Food Programme]] in Uvira and Fizi in {{October}}, but stocks would last only {{two weeks}}. "
    "Its warehouse, {{120 km}} south of Bukavu, received [[23 trucks|aid]] last month.",
)

F(
    "Afghanistan: floods hit returnee camps near Torkham",
    "Flash floods swept through a camp for returnees from Pakistan near Torkham, damaging [[about 400 tents|housing;a=the provincial disaster management authority]] and killing [[three children|killed;a=the provincial disaster management authority]], aged {{four to nine}}, the provincial disaster management authority said. "
    "[[Some 2,300 families|returned]] have passed through the camp since {{September 2023}}.",
)

F(
    "Sudan: Port Sudan drone strikes hit fuel depots",
    "RSF drones struck fuel depots and a power station in Port Sudan for a {{sixth}} consecutive day on {{May 9}}, the army said. "
    "No casualties were reported, but [[about 20,000 people|displaced;a=local officials]] in shelters near the port were moved inland, local officials said, and flights were suspended for {{72 hours}}.",
)

F(
    "Colombia: ELN attack on army base in Arauca",
    "An ELN truck bomb exploded at a military base in Puerto Jordan, Arauca, at {{3:30 a.m.}} on {{Wednesday}}, killing [[two soldiers|killed;a=the army]] and wounding [[27|injured;a=the army]], the army said. "
    "The blast damaged [[14 houses|housing]] within a radius of {{200 metres}}.",
)


# ---- end of texts (batches are inserted above this line)


if __name__ == "__main__":
    sys.exit(run(CONFIG))
