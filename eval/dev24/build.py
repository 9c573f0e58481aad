"""Build eval/dev24/figures.jsonl from the hand-written texts below.

A twenty-fourth tuning set for the figure extractor: "tolls, tallies and competing claims".
Conflict and violence news in which numbers are reported as running tallies: death tolls that
rise or are revised, cumulative and daily counts, breakdowns ("of whom", "including", "among
them"), ranges, vague amounts, comparisons, and claims by both sides; besides the killed, the
wounded, missing, arrested, abducted and released, combatants, displaced and returned, civilians
trapped, aid delivered, structures destroyed and vehicles and weapons seized. About twenty texts
have numbers but no figure.

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
record against eval/README.md (section 2) and writes shuffled records (fixed seed 24) with ids
"o0001"... and an empty conflict.jsonl (this set has no conflict part).

    python eval/dev24/build.py            # write figures.jsonl and validate it
    python eval/dev24/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # eval/: the figset package

from figset import F, SetConfig, run

CONFIG = SetConfig("dev24", Path(__file__).resolve().parent, "o", 24)

# ====================================================================== texts

# ====================================================================== texts


# ---------------------------------------------------------------- Gaza, Israel, Lebanon, West Bank

F(
    "Gaza toll passes 34,000, health ministry says",
    "[[At least 34,151 Palestinians|killed;a=the Gaza health ministry]] have been killed in Gaza since {{October 7}}, the Gaza health ministry said on Saturday, up from [[34,097|killed;a=the Gaza health ministry]] a day earlier. "
    "The ministry said [[77,084 people|injured;a=The ministry;alt=the Gaza health ministry]] had been wounded. "
    "It does not distinguish between civilians and fighters, but says {{about 70 percent}} of the dead are women and children.",
)

F(
    "Israeli army says it has killed 'more than 13,000' militants",
    "The Israeli military said on Sunday that it had killed [[more than 13,000 militants|killed;a=The Israeli military]] in Gaza, a figure Hamas rejected as inflated. "
    "Hamas has not published its own losses. "
    "The military said [[260 soldiers|killed;a=The military;alt=The Israeli military]] had been killed since the ground offensive began on {{October 27}}.",
)

F(
    "Rafah strike: toll revised",
    "The death toll from an overnight strike on a tent camp west of Rafah was revised down to [[45|killed;a=the Civil Defence]] from [[49|killed;a=the Civil Defence]], the Civil Defence said, after some bodies were identified {{twice}}. "
    "Of the dead, [[23|killed;a=the Civil Defence]] were women and children, it added. "
    "[[About 250 people|injured;a=doctors at the Kuwaiti hospital]] were wounded, according to doctors at the Kuwaiti hospital.",
)

F(
    "Gaza aid: trucks in, queues out",
    "Only [[88 aid trucks|aid;a=the UN]] entered Gaza on Tuesday through the Kerem Shalom crossing, the UN said, against [[500 a day|aid;u=other;a=the UN]] before the war. "
    "COGAT, the Israeli body that oversees crossings, said [[246 trucks|aid;a=COGAT, the Israeli body that oversees crossings;alt=COGAT]] had been inspected and were waiting on the Gaza side for collection.",
)

F(
    "Hostages freed in Nuseirat raid, Hamas says 274 killed",
    "Israeli special forces rescued [[four hostages|kidnapped]] from a residential block in Nuseirat on Saturday. "
    "The Gaza health ministry said [[274 Palestinians|killed;a=The Gaza health ministry]] were killed and [[698|injured;a=The Gaza health ministry]] wounded during the operation. "
    "The Israeli military said the number of Palestinian dead was [[under 100|killed;q=at_most;a=The Israeli military]].",
)

F(
    "Live: ceasefire exchange, day two",
    "10:42 – Hamas has handed [[another 13 Israeli hostages|kidnapped]] to the Red Cross, bringing the total released since Friday to [[26|kidnapped]]. "
    "11:05 – The Israel Prison Service said [[39 Palestinian prisoners|other;a=The Israel Prison Service]] had been freed from Ofer prison in return. "
    "11:30 – Qatar says [[about 240 people|kidnapped;a=Qatar]] were seized on {{October 7}} and [[roughly 210|kidnapped;a=Qatar]] remain in Gaza.",
    ["10:42", "11:05", "11:30"],
)

F(
    "Lebanon: health ministry raises toll from pager blasts",
    "The toll from the exploding pagers and radios rose to [[37|killed;a=Health Minister Firass Abiad]], including [[two children|killed;a=Health Minister Firass Abiad]], Health Minister Firass Abiad said on Thursday. "
    "[[About 3,000 people|injured;a=Health Minister Firass Abiad]] were wounded in the {{two days}} of blasts, he said, [[some 300|injured;a=Health Minister Firass Abiad]] of them critically.",
)

F(
    "Hezbollah and Israel give diverging counts of fighters killed",
    "The Israeli army said its strikes in southern Lebanon had killed [[more than 2,000 Hezbollah fighters|killed;a=The Israeli army]] since {{September 23}}. "
    "Hezbollah does not give a running count. "
    "Lebanon's health ministry put the overall toll at [[3,189 people|killed;a=Lebanon's health ministry]], without saying how many were combatants.",
)

F(
    "West Bank: Jenin raid leaves 12 dead",
    "Israeli forces withdrew from Jenin refugee camp on Wednesday after a {{48-hour}} operation that killed [[12 Palestinians|killed;a=the Palestinian health ministry]], the Palestinian health ministry said. "
    "[[One Israeli soldier|killed;a=the army]] was also killed, the army said. "
    "UNRWA said [[about 3,000 residents|displaced;a=UNRWA]] had left the camp during the raid and [[some 800 homes|housing;a=UNRWA]] were damaged.",
)

F(
    "Settler attack on Huwara",
    "Settlers torched homes and cars in the town of Huwara overnight. "
    "The Palestinian Red Crescent said [[one man|killed;a=The Palestinian Red Crescent]] was shot dead and [[about 100 people|injured;a=The Palestinian Red Crescent]] were hurt, most by tear gas. "
    "The mayor said [[35 houses|housing;a=The mayor]] and [[more than 40 cars|other;a=The mayor]] were set on fire.",
)

F(
    "Gaza: flour deliveries resume in the north",
    "WFP said it delivered [[nine trucks of flour|aid;n=trucks;a=WFP]] to Gaza City on Monday, the {{first}} convoy to reach the north in {{three weeks}}. "
    "The agency estimates [[about 300,000 people|civilians;a=The agency;alt=WFP]] remain in the north and face famine conditions.",
)

F(
    "Gaza arrests: military says hundreds of suspects detained",
    "The Israeli military said it had detained [[about 900 suspects|arrested;a=The Israeli military]] during its raid on al-Shifa hospital, and released [[some 400|arrested;a=The Israeli military]] after questioning. "
    "It said [[more than 200 militants|killed;a=The Israeli military]] were killed in and around the complex over {{two weeks}}.",
)

# ---------------------------------------------------------------- Syria, Iraq, Yemen, Turkey

F(
    "Syria coast violence: monitor's toll climbs past 1,000",
    "The Syrian Observatory for Human Rights said on Saturday that [[1,018 people|killed;a=The Syrian Observatory for Human Rights]] had been killed in {{two days}} of clashes and reprisal killings on the coast, [[745|killed;a=The Syrian Observatory for Human Rights]] of them Alawite civilians. "
    "The interior ministry gave no overall toll but said [[more than 120 members|killed;a=The interior ministry]] of the security forces had died.",
)

F(
    "Idlib strikes: rescuers count the dead",
    "Air strikes on a market in Maarat al-Numan killed [[at least 43 people|killed;a=the White Helmets]], the White Helmets said, in the deadliest attack on the town this year. "
    "The rescue group said [[more than 90|injured;a=The rescue group;alt=the White Helmets]] were wounded and that [[11|missing;a=The rescue group;alt=the White Helmets]] were still unaccounted for.",
)

F(
    "Aleppo evacuation: buses leave eastern districts",
    "[[Around 8,000 people|displaced;a=the ICRC]], including [[about 3,000 fighters|displaced;a=the ICRC]], have left eastern Aleppo by bus since Thursday, the ICRC said. "
    "Officials expect [[up to 50,000 more|displaced;p;n=-;a=Officials]] to leave in the coming days.",
)

F(
    "Mosul: bodies recovered from Old City rubble",
    "Civil defence teams have recovered [[2,585 bodies|killed;a=the head of the civil defence in Nineveh]] from the Old City of Mosul since the battle ended in {{July 2017}}, the head of the civil defence in Nineveh said. "
    "He said [[around 1,000 people|missing;a=the head of the civil defence in Nineveh]] were still listed as missing and that [[5,000 houses|housing;a=the head of the civil defence in Nineveh]] were beyond repair.",
)

F(
    "Iraq: security forces detain dozens after Basra riots",
    "Police in Basra arrested [[dozens of protesters|arrested;a=a police source]] after rioters set fire to the Iranian consulate, a police source said. "
    "The health ministry said [[three protesters|killed;a=The health ministry]] were killed and [[47 people|injured;a=The health ministry]] hurt, including [[29 members|injured;a=The health ministry]] of the security forces.",
)


# ---------------------------------------------------------------- Ukraine, Russia

F(
    "Kramatorsk station strike: toll rises to 57",
    "The death toll from the missile strike on Kramatorsk railway station rose to [[57|killed;a=Donetsk governor Pavlo Kyrylenko]], including [[five children|killed;a=Donetsk governor Pavlo Kyrylenko]], Donetsk governor Pavlo Kyrylenko said on Saturday, up from [[52|killed;a=Donetsk governor Pavlo Kyrylenko]] on Friday evening. "
    "[[109 people|injured;a=Donetsk governor Pavlo Kyrylenko]] were wounded, he said.",
)

F(
    "Dnipro apartment block: search ends with 46 dead",
    "Rescuers ended their search of the nine-storey block in Dnipro hit by a Russian missile on {{14 January}}, with [[46 people|killed;a=the State Emergency Service]] confirmed dead, the State Emergency Service said. "
    "[[Eleven people|missing;a=the State Emergency Service]] remain missing and [[80|injured;a=the State Emergency Service]] were injured, it said. "
    "[[About 1,700 residents|civilians]] lived in the block.",
    ["nine-storey"],
)

F(
    "Kyiv region: overnight drone attack",
    "Russia launched [[145 drones|other;a=Ukraine's air force]] and [[four ballistic missiles|other;a=Ukraine's air force]] at Ukraine overnight, Ukraine's air force said, adding that [[119 drones|other;a=Ukraine's air force]] had been shot down. "
    "In Kyiv, [[two people|killed;a=Mayor Vitali Klitschko]] were killed and [[nine|injured;a=Mayor Vitali Klitschko]] hurt, Mayor Vitali Klitschko said.",
)

F(
    "Russia and Ukraine swap prisoners",
    "Russia and Ukraine each freed [[95 prisoners of war|other;n=prisoners;a=the Russian defence ministry]] on Friday in a deal brokered by the United Arab Emirates, the Russian defence ministry said. "
    "President Volodymyr Zelenskiy said [[more than 3,900 Ukrainians|other;a=President Volodymyr Zelenskiy]] had been brought home in such exchanges since {{2022}}.",
)

F(
    "Belgorod shelling: regional governor gives toll",
    "Ukrainian shelling of central Belgorod on Saturday killed [[25 people|killed;a=Governor Vyacheslav Gladkov]], among them [[five children|killed;a=Governor Vyacheslav Gladkov]], and wounded [[109|injured;a=Governor Vyacheslav Gladkov]], Governor Vyacheslav Gladkov said. "
    "He said [[more than 300 residents|displaced;a=Governor Vyacheslav Gladkov]] of border villages had been moved to temporary shelters in the city.",
)

F(
    "Kursk incursion: Moscow and Kyiv trade claims",
    "Ukraine's commander-in-chief said his forces controlled {{1,000 square kilometres}} of the Kursk region and had captured [[more than 100 Russian soldiers|arrested;a=Ukraine's commander-in-chief]]. "
    "Russia's defence ministry said [[more than 2,000 Ukrainian servicemen|killed;a=Russia's defence ministry]] had been killed in the region. "
    "The acting governor of Kursk said [[about 121,000 people|displaced;a=The acting governor of Kursk]] had been evacuated and [[12 civilians|killed;a=The acting governor of Kursk]] killed.",
)

F(
    "Donbas frontline: army claims Russian losses",
    "Ukraine's General Staff said [[1,230 Russian troops|killed;a=Ukraine's General Staff]] had been killed over the past {{24 hours}}. "
    "It said its forces had also destroyed [[seven tanks|other;a=Ukraine's General Staff]] and [[23 artillery systems|other;n=systems;u=other;a=Ukraine's General Staff]]. "
    "Moscow said its troops had killed [[about 400 Ukrainian soldiers|killed;a=Moscow]] on the Pokrovsk front in the same period.",
)

F(
    "Kherson evacuation after dam breach",
    "Ukrainian authorities evacuated [[about 2,700 people|displaced;a=the regional military administration]] from flooded districts of Kherson after the Kakhovka dam was destroyed, the regional military administration said. "
    "It said [[more than 3,600 homes|housing;a=the regional military administration]] were under water and [[17 people|missing;a=the regional military administration]] were unaccounted for.",
)

F(
    "Mariupol theatre: AP investigation estimates toll",
    "An AP investigation found evidence that [[close to 600 people|killed;a=An AP investigation]] died in the Russian air strike on the Mariupol drama theatre, {{almost twice}} the [[300|killed;a=Ukrainian officials]] Ukrainian officials had cited.",
)

# ---------------------------------------------------------------- Sudan, South Sudan, Ethiopia, Somalia

F(
    "El Geneina killings: UN report gives range",
    "Between [[10,000 and 15,000 people|killed;a=a confidential UN report]] were killed in El Geneina in West Darfur in {{2023}} in ethnic violence by the Rapid Support Forces and allied Arab militias, according to a confidential UN report seen by Reuters. "
    "[[More than 500,000 refugees|displaced;a=the report]] fled to Chad over the same period, the report said.",
)

F(
    "Sudan: RSF attack on Wad al-Nourah village",
    "An RSF attack on the village of Wad al-Nourah in Gezira state killed [[more than 100 people|killed;a=the Madani Resistance Committee]], the Madani Resistance Committee said, including [[35 children|killed;a=the Madani Resistance Committee]]. "
    "The RSF said it had attacked army positions near the village and killed [[dozens of army fighters|killed;a=The RSF]].",
)

F(
    "Zamzam camp: aid groups count victims of attack",
    "[[At least 400 people|killed;a=the UN]] were killed in {{three days}} of attacks on Zamzam camp and nearby areas, the UN said, revising its earlier toll of [[more than 100|killed;a=the UN]]. "
    "IOM said [[between 60,000 and 80,000 households|displaced;a=IOM]] had fled the camp towards Tawila and El Fasher.",
)

F(
    "South Sudan: cattle raid in Jonglei",
    "Armed youths from Pibor killed [[at least 32 people|killed;a=a local official]] and abducted [[14 women and children|kidnapped;n=women and children;a=a local official]] in a cattle raid in Jonglei state, a local official said. "
    "The raiders made off with [[some 3,000 head of cattle|other;n=head;u=other;a=a local official]], he added.",
)

F(
    "Ethiopia: Amhara drone strike on market",
    "A drone strike on a market in Amhara's Gondar zone killed [[at least 30 civilians|killed;a=residents and a health worker]], residents and a health worker said. "
    "The health worker said [[28 wounded|injured;a=The health worker]] were brought to the hospital in Gondar, [[six|injured;a=The health worker]] of whom died overnight.",
)

F(
    "Tigray: Mekelle hospital overwhelmed",
    "Ayder referral hospital in Mekelle said it was treating [[more than 200 war wounded|injured;n=wounded;a=Ayder referral hospital in Mekelle]] with only {{two days}} of fuel left for its generators.",
)

F(
    "Somalia: al-Shabaab truck bomb in Mogadishu",
    "The toll from the truck bomb at the Zobe junction in Mogadishu rose to [[512|killed;a=a government committee]], a government committee said, making it the deadliest attack in Somalia's history. "
    "[[More than 300|injured]] were wounded and [[62|missing]] are still missing.",
)

F(
    "Somali army says 70 al-Shabaab fighters killed",
    "The Somali National Army said it killed [[70 al-Shabaab fighters|killed;a=The Somali National Army]] in an operation in Middle Shabelle backed by clan militias. "
    "The militant group said in a statement that it had killed [[more than 40 soldiers|killed;a=The militant group]] and seized [[five armed pickups|other;a=The militant group]].",
)

F(
    "Kenya: protests over finance bill",
    "The Kenya National Commission on Human Rights said [[39 people|killed;a=The Kenya National Commission on Human Rights]] had been killed and [[361|injured;a=The Kenya National Commission on Human Rights]] injured in {{two weeks}} of protests against the finance bill. "
    "It said [[627 people|arrested;a=The Kenya National Commission on Human Rights]] had been arrested and [[32 people|missing;a=The Kenya National Commission on Human Rights]] had been forcibly disappeared.",
)

# ---------------------------------------------------------------- Sahel, Nigeria, Cameroon

F(
    "Burkina Faso: Barsalogho attack",
    "Jihadists killed [[at least 133 people|killed;a=security sources]] in Barsalogho, many of them civilians digging trenches around the town, security sources said. "
    "JNIM claimed it had killed [[about 300 militiamen and soldiers|killed;n=militiamen and soldiers;a=JNIM]]. "
    "A French security assessment put the number of dead at [[up to 600|killed;a=A French security assessment]].",
)

F(
    "Mali army says 'terrorists neutralised' near Mopti",
    "Mali's armed forces said on Wednesday that they had neutralised [[31 terrorists|killed;a=Mali's armed forces]] and arrested [[eight|arrested;a=Mali's armed forces]] in an operation near Mopti, and seized [[14 motorbikes|other;a=Mali's armed forces]] and [[a dozen assault rifles|other;a=Mali's armed forces]].",
)

F(
    "Nigeria: Kuriga pupils freed",
    "Kaduna state governor Uba Sani said [[137 pupils|kidnapped;a=Kaduna state governor Uba Sani]] abducted from their school in Kuriga had been freed, fewer than the [[287|kidnapped;a=local officials]] local officials had {{first}} reported. "
    "The army said [[all 137|kidnapped;a=The army]] were in good health.",
)

F(
    "Borno: Boko Haram attack on rice farmers",
    "Boko Haram fighters killed [[at least 110 farm workers|killed;a=the UN humanitarian coordinator]] in rice fields near Zabarmari, the UN humanitarian coordinator said, raising the toll from the [[43|killed;a=officials]] given by officials a day earlier. "
    "Several women were believed abducted.",
)

F(
    "Niger: soldiers killed near Malian border",
    "Niger's defence ministry said [[17 soldiers|killed;a=Niger's defence ministry]] were killed and [[20|injured;a=Niger's defence ministry]] wounded when jihadists ambushed a convoy near Koutougou, and that [[more than 100 assailants|killed;a=Niger's defence ministry]] were killed as they withdrew.",
)

F(
    "Bamenda school abduction: 82 taken, all freed",
    "Gunmen abducted [[79 students|kidnapped;a=the army]] and [[three staff|kidnapped;n=staff;a=the army]] from a Presbyterian school in Bamenda, the army said. "
    "[[All 82|kidnapped;n=-]] were released {{three days}} later.",
)

# ---------------------------------------------------------------- DRC, Mozambique, CAR

F(
    "Goma: bodies counted after M23 takeover",
    "The UN said [[at least 2,900 bodies|killed;a=The UN]] had been recovered from the streets of Goma after the {{M23}} rebels seized the city, up from an earlier estimate of [[about 900|killed;a=The UN]]. "
    "The WHO said hospitals had treated [[more than 2,880 wounded|injured;n=wounded;a=The WHO]].",
)

F(
    "Ituri: CODECO attack on displacement site",
    "CODECO militiamen killed [[at least 46 people|killed;a=local civil society leaders]] at the Lala displacement site in Djugu territory, local civil society leaders said, and burned [[about 1,200 shelters|housing;a=local civil society leaders]]. "
    "The army said it had arrested [[seven suspects|arrested;a=The army]].",
)

F(
    "Cabo Delgado: insurgents raid Palma",
    "Insurgents linked to Islamic State killed [[dozens of people|killed;a=the government]] in a raid on the town of Palma, the government said. "
    "[[More than 11,000 people|displaced;a=OCHA]] fled to Pemba, Nangade and Mueda, OCHA said, and [[about 1,300 workers|displaced;a=OCHA]] were evacuated from the gas project site by boat.",
)

F(
    "Beni: ADF massacre leaves dozens dead",
    "ADF fighters killed [[36 people|killed;a=the local administrator]] with machetes in the Rwangoma area of Beni overnight, the local administrator said. "
    "He said the toll could rise because [[about 20 people|missing;a=the local administrator]] were still missing.",
)

# ---------------------------------------------------------------- Asia

F(
    "Myanmar: junta air strike on Pazigyi village",
    "A junta air strike on a ceremony in Pazigyi village in Sagaing region killed [[at least 165 people|killed;a=the National Unity Government]], the National Unity Government said, including [[19 children|killed;a=the National Unity Government]]. "
    "The military confirmed the strike but said it had targeted [[about 50 members|combatants;a=The military]] of the People's Defence Force.",
)

F(
    "Myanmar: Rakhine fighting uproots thousands",
    "Fighting between the Arakan Army and the military has displaced [[more than 300,000 people|displaced;a=the UN]] in Rakhine and southern Chin states since {{November 2023}}, the UN said. "
    "The Arakan Army said it had captured [[more than 170 junta outposts|other;u=structure;a=The Arakan Army]] and taken [[about 600 soldiers|arrested;a=The Arakan Army]] prisoner.",
)

F(
    "Afghanistan: Kabul airport bombing toll",
    "The toll from the suicide bombing at Kabul airport's Abbey Gate rose to [[at least 170 Afghans|killed;a=health officials]] and [[13 US service members|killed;a=health officials]], health officials said. "
    "[[More than 150 people|injured]] were wounded.",
)

F(
    "Pakistan: Quetta railway station bombing",
    "The death toll from Saturday's bombing at Quetta railway station rose to [[32|killed;a=police]], including [[14 soldiers|killed;a=police]], police said. "
    "The Baloch Liberation Army claimed the attack. "
    "Provincial officials said [[62 people|injured;a=Provincial officials]] were being treated in hospitals.",
)

F(
    "Jaffar Express siege ends",
    "Pakistan's army said its operation to free passengers of the hijacked Jaffar Express had ended, with [[33 attackers|killed;a=Pakistan's army]] killed and [[346 hostages|kidnapped;a=Pakistan's army]] freed. "
    "It said [[26 hostages|killed;a=Pakistan's army]] were killed, [[18|killed;a=Pakistan's army]] of them soldiers. "
    "The BLA said it was holding [[214 people|kidnapped;a=The BLA]], a claim the army denied.",
)

F(
    "Manipur violence: officials revise toll",
    "Manipur's chief minister said [[at least 175 people|killed;a=Manipur's chief minister]] had been killed since ethnic clashes erupted in {{May}}, and [[32|missing;a=Manipur's chief minister]] were missing. "
    "He said [[4,786 houses|housing;a=Manipur's chief minister]] had been torched and [[386 religious structures|housing;a=Manipur's chief minister]] vandalised, and that [[5,172 cases|other;a=Manipur's chief minister]] of arson had been registered.",
)

F(
    "Bangladesh protests: rights group counts the dead",
    "Security forces killed [[at least 650 people|killed;a=the UN human rights office]] during the student-led protests between {{16 July}} and {{11 August}}, the UN human rights office said in a preliminary report. "
    "It said police had detained [[more than 11,700 people|arrested;a=the UN human rights office]] across the country.",
)

F(
    "Philippines: Marawi siege tally",
    "The military said [[920 militants|killed;a=The military]], [[165 soldiers and police|killed;n=soldiers and police;a=The military]] and [[47 civilians|killed;a=The military]] had died in the {{five-month}} siege of Marawi. "
    "[[More than 350,000 people|displaced;a=the city government]] fled the city, according to the city government.",
)

F(
    "Sri Lanka: Easter bombing toll revised down",
    "Sri Lanka's health ministry revised the toll from the Easter Sunday bombings down to [[253|killed;a=Sri Lanka's health ministry]] from [[359|killed;a=Sri Lanka's health ministry]], saying some remains had been counted more than once. "
    "Police said they had arrested [[76 suspects|arrested;a=Police]], including [[nine foreigners|arrested;a=Police]].",
)

F(
    "Kashmir: Pahalgam attack",
    "Gunmen killed [[26 people|killed;a=officials]], [[25|killed;a=officials]] of them tourists, at a meadow near Pahalgam, officials said. "
    "Police detained [[about 1,500 people|arrested]] for questioning in the {{three days}} that followed.",
)

# ---------------------------------------------------------------- Americas

F(
    "Haiti: gang attack in Pont-Sondé",
    "Members of the Gran Grif gang killed [[at least 115 people|killed;a=the UN]] in an attack on Pont-Sondé, the UN said, raising its toll from [[70|killed;a=the UN]]. "
    "[[More than 6,270 people|displaced;a=IOM]] fled the town, IOM said, and [[45 homes|housing;a=IOM]] and [[34 vehicles|other;a=IOM]] were set alight.",
)

F(
    "Haiti: Kenyan-led force grows",
    "The Multinational Security Support mission said on Tuesday that its strength in Haiti had reached [[almost 400|combatants;a=The Multinational Security Support mission]] after a flight carrying [[217 Kenyan officers|combatants;a=The Multinational Security Support mission]] landed at Toussaint Louverture airport. "
    "The UN estimates that gangs control {{about 85 percent}} of the capital and that [[about 5,600 people|killed;a=The UN]] were killed in gang violence last year.",
)

F(
    "Mexico: cartel clashes in Sinaloa",
    "Fighting between rival factions of the Sinaloa cartel has killed [[more than 1,100 people|killed;a=state prosecutors]] since {{September 9}}, state prosecutors said, and [[about 1,300|missing;a=state prosecutors]] have been reported missing. "
    "The army said it had seized [[1,500 firearms|other;a=The army]] and [[more than 200 vehicles|other;a=The army]] over the same period.",
)

F(
    "Colombia: Catatumbo fighting",
    "Clashes between the ELN and FARC dissidents in Catatumbo have killed [[at least 80 people|killed;a=the governor of Norte de Santander]], the governor of Norte de Santander said. "
    "The ombudsman's office said [[more than 32,000 people|displaced;a=The ombudsman's office]] had fled their homes and [[about 5,000|civilians;a=The ombudsman's office]] were confined by the fighting. "
    "The army deployed [[5,000 troops|combatants]] to the region.",
)

F(
    "Venezuela: post-election crackdown figures",
    "Venezuela's attorney general said [[more than 2,200 people|arrested;a=Venezuela's attorney general]] had been arrested in the protests that followed the {{28 July}} election. "
    "The rights group Foro Penal counted [[1,581 political prisoners|arrested;a=The rights group Foro Penal;alt=Foro Penal]] and said [[24 protesters|killed;a=The rights group Foro Penal;alt=Foro Penal]] had been killed.",
)

F(
    "Ecuador: prison riot in Guayaquil",
    "Fighting between gangs at the Litoral penitentiary in Guayaquil killed [[118 inmates|killed;a=the prisons agency]], the prisons agency said, the worst prison massacre in the country's history. "
    "[[At least 79|injured;a=the prisons agency]] were wounded, it said, and [[six|killed]] of the dead had been beheaded.",
)

F(
    "Nicaragua: rights body counts protest dead",
    "The Inter-American Commission on Human Rights said [[325 people|killed;a=The Inter-American Commission on Human Rights]] had been killed in the crackdown on protests, including [[24 minors|killed;a=The Inter-American Commission on Human Rights]], and [[more than 2,000|injured;a=The Inter-American Commission on Human Rights]] wounded. "
    "The government put the toll at [[198|killed;a=The government]].",
)

# ---------------------------------------------------------------- unrest, Europe, Iran, Africa

F(
    "France riots: fourth night of unrest",
    "Police arrested [[1,311 people|arrested;a=the interior ministry]] overnight as riots spread across France, the interior ministry said, after [[875|arrested;a=the interior ministry]] the night before. "
    "[[More than 2,500 buildings|housing;a=the ministry;alt=the interior ministry]] and [[5,000 vehicles|other;a=the ministry;alt=the interior ministry]] have been burned since the riots began, the ministry said. "
    "[[45,000 police officers|combatants;p]] will be deployed on Saturday night.",
)

F(
    "Iran protests: rights group's count",
    "Iran Human Rights, a group based in Oslo, said [[at least 448 protesters|killed;a=Iran Human Rights, a group based in Oslo;alt=Iran Human Rights]] had been killed by security forces, including [[60 children|killed;a=Iran Human Rights, a group based in Oslo;alt=Iran Human Rights]]. "
    "Iranian officials said [[more than 50 members|killed;a=Iranian officials]] of the security forces had died. "
    "The judiciary said [[about 22,000 people|arrested;a=The judiciary]] detained in the unrest had been pardoned.",
)

F(
    "Georgia: protesters detained in Tbilisi",
    "Georgia's interior ministry said [[224 people|arrested;a=Georgia's interior ministry]] had been detained during a week of protests in Tbilisi and [[113 police officers|injured;a=Georgia's interior ministry]] had been injured. "
    "The ombudsman said [[more than 300 protesters|injured;a=The ombudsman]] had sought medical help.",
)

F(
    "Maputo unrest: monitors raise protest toll to 277",
    "The Plataforma Decide monitoring group said [[at least 277 people|killed;a=The Plataforma Decide monitoring group]] had been killed in post-election protests, up from [[252|killed;a=The Plataforma Decide monitoring group]] a week earlier, and [[about 586|injured;a=The Plataforma Decide monitoring group]] shot and wounded. "
    "Police said [[more than 4,000 people|arrested;a=Police]] had been arrested.",
)

F(
    "Tripoli armed groups fight for two days; ministry counts 55 dead",
    "The health ministry in Tripoli said [[55 people|killed;a=The health ministry in Tripoli]] were killed and [[146|injured;a=The health ministry in Tripoli]] wounded in {{two days}} of clashes between armed groups. "
    "The Red Crescent said it had evacuated [[about 230 families|displaced;a=The Red Crescent]] from the Ain Zara area.",
)

F(
    "Chad: clashes between herders and farmers",
    "Clashes between herders and farmers in Mandoul province killed [[at least 35 people|killed;a=the government spokesman]], the government spokesman said. "
    "He said [[21 people|injured;a=the government spokesman]] were wounded and [[around 40 suspects|arrested;a=the government spokesman]] detained, and [[hundreds of homes|housing;a=the government spokesman]] burned.",
)

F(
    "Papua New Guinea: tribal ambush in Enga",
    "[[At least 26 men|killed;a=police]] were shot dead in a tribal ambush in Enga province, police said, though local leaders said the toll could be [[as many as 64|killed;a=local leaders]].",
)

# ---------------------------------------------------------------- running tallies, live blogs, statements

F(
    "Live: Khartoum strike toll climbs through the day",
    "09:15 – Activists in Khartoum say an army air strike on the Mayo neighbourhood killed [[at least 22 people|killed;a=Activists in Khartoum]]. "
    "12:40 – The Emergency Lawyers group now puts the toll at [[31|killed;a=The Emergency Lawyers group]], including [[eight children|killed;a=The Emergency Lawyers group]]. "
    "16:05 – The army denies targeting civilians and says it struck [[two RSF positions|other]].",
    ["09:15", "12:40", "16:05"],
)

F(
    "Nagorno-Karabakh: exodus count rises hourly",
    "The Armenian government said [[100,417 people|displaced;a=The Armenian government]] had crossed from Nagorno-Karabakh by Saturday morning, up from [[88,780|displaced;a=The Armenian government]] on Friday and [[more than 65,000|displaced;a=The Armenian government]] on Thursday. "
    "Officials said [[about 170 people|killed;a=Officials]] died in a fuel depot explosion as residents queued to leave.",
)

F(
    "Sudan: IOM tally of the displaced passes 10 million",
    "IOM said [[10.7 million people|displaced;a=IOM]] were now displaced inside Sudan, including [[2.8 million|displaced;a=IOM]] who had fled earlier conflicts. "
    "[[Another 2.1 million|displaced;a=IOM]] have crossed into neighbouring countries, it said.",
)

F(
    "Gaza: UNRWA counts staff killed",
    "UNRWA said [[263 of its staff|killed;n=staff;a=UNRWA]] had been killed in Gaza since the war began, the highest toll of UN personnel in any conflict. "
    "It said [[more than 190 of its installations|housing;n=installations;u=structure;a=UNRWA]] had been hit, and that [[about 1.9 million people|displaced;a=UNRWA]] were displaced across the Strip.",
)

F(
    "Syria: Sednaya detainees freed",
    "Rebels who entered Damascus opened Sednaya prison, and the White Helmets said [[thousands of detainees|arrested;a=the White Helmets]] had walked free. "
    "The Syrian Network for Human Rights says [[more than 136,000 people|arrested;a=The Syrian Network for Human Rights]] were still held or forcibly disappeared by the former government.",
)

F(
    "Sahel: monitor counts civilians killed by army and militias",
    "ACLED recorded [[more than 2,400 civilian deaths|killed;n=deaths;a=ACLED]] in Burkina Faso in the first half of the year, about half of them attributed to the army and allied militias. "
    "Human Rights Watch said soldiers executed [[at least 223 villagers|killed;a=Human Rights Watch]] in Nondin and Soro on a single day in {{February}}, including [[56 children|killed;a=Human Rights Watch]].",
    ["first half", "about half"],
)

F(
    "Nigeria: bandits free abducted worshippers",
    "Bandits released [[40 worshippers|kidnapped;a=police in Zamfara]] seized from a mosque in Zamfara {{two weeks}} ago, police in Zamfara said. "
    "[[Another 12|kidnapped;a=residents]] remain in captivity, residents said, and [[three|killed;a=residents]] died in the forest.",
)

F(
    "Scores killed in Kivu landmine and shelling incidents",
    "[[Scores of civilians|killed;a=MSF]] have been killed by shelling around Sake in the past month, MSF said. "
    "The group said its teams had treated [[more than 1,500 wounded|injured;n=wounded;a=The group;alt=MSF]] in Goma since {{January}}.",
)

F(
    "Yemen: Houthis say US strikes killed 80 at port",
    "The Houthi-run health ministry said US strikes on Ras Isa fuel port killed [[80 people|killed;a=The Houthi-run health ministry]] and wounded [[150|injured;a=The Houthi-run health ministry]]. "
    "US Central Command said it had struck [[more than 1,000 targets|other;u=other;a=US Central Command]] in Yemen since {{March 15}}.",
)

F(
    "Yemen: Marib displacement as front shifts",
    "Fighting around Marib has displaced [[between 20,000 and 24,000 people|displaced;a=IOM]] since {{September}}, IOM said. "
    "The government's displacement unit said [[hundreds of families|displaced;a=The government's displacement unit]] were living in the open without tents.",
)

F(
    "Yazidi families trickle back to Sinjar",
    "[[About 1,800 Yazidi families|returned;a=IOM]] returned to Sinjar from camps in Duhok in {{June}}, IOM said, while [[some 200,000 Yazidis|displaced;a=IOM]] remain displaced {{nine years}} after the Islamic State onslaught. "
    "The Kurdistan regional government says [[2,693 Yazidis|kidnapped;a=The Kurdistan regional government]] are still missing after being abducted by the group.",
)

F(
    "Ukraine: deported children returned",
    "Ukraine's ombudsman, Dmytro Lubinets, said [[388 children|returned;a=Ukraine's ombudsman, Dmytro Lubinets;alt=Dmytro Lubinets]] taken to Russia had been brought back, out of [[19,546|kidnapped;a=the government]] the government says were deported.",
)

F(
    "Ethiopia: returns to western Tigray blocked",
    "Regional officials said [[more than 1 million people|displaced;a=Regional officials]] from western Tigray remained in camps and host communities, and that [[only 45,000|returned;a=Regional officials]] had gone back since the peace deal. "
    "[[Several thousand families|returned;p;a=the interim administration]] will return by the end of the year, the interim administration said.",
)

F(
    "Darfur: aid convoy reaches Kutum",
    "A convoy of [[27 trucks|aid;a=WFP]] carrying [[about 1,000 tonnes|aid;a=WFP]] of food reached Kutum in North Darfur, WFP said, enough to feed [[about 80,000 people|aid;a=WFP]] for a month.",
)

F(
    "Gaza: airdrops and a pier",
    "Jordan and the United States carried out [[eight airdrops|aid]] over northern Gaza on Thursday, dropping [[more than 36,000 meals|aid]]. "
    "The Pentagon said the floating pier would eventually handle [[up to 150 trucks a day|aid;p;a=The Pentagon]].",
)

F(
    "Kharkiv: glide bomb hits DIY store",
    "Kharkiv governor Oleh Syniehubov said [[19 people|killed;a=Kharkiv governor Oleh Syniehubov]] had been killed in a glide-bomb strike on an Epicentr hypermarket, up from [[16|killed;a=Kharkiv governor Oleh Syniehubov]] earlier in the day. "
    "[[About 200 people|civilians;a=Kharkiv governor Oleh Syniehubov]] were inside when the bombs hit, he said. "
    "[[Forty-six people|injured]] were hospitalised.",
)

F(
    "Islam Qala crossings peak as Iran expels Afghans",
    "UNHCR said [[more than 1.5 million Afghans|returned;a=UNHCR]] had returned or been deported from Iran since {{January}}, [[about 500,000|returned;a=UNHCR]] of them in {{June}} alone. "
    "At Islam Qala, [[up to 30,000 people a day|returned;a=aid workers]] were crossing, aid workers said.",
)

F(
    "Mexico: weapons seized in Culiacán raid",
    "Soldiers seized [[122 rifles|other;a=the defence ministry]], [[about 100,000 rounds|other;a=the defence ministry]] of ammunition, [[two grenade launchers|other;a=the defence ministry]] and [[six armoured vehicles|other;a=the defence ministry]] in a raid on a ranch outside Culiacán, the defence ministry said. "
    "[[Nine suspects|arrested]] were detained.",
)

F(
    "Colombia: army says ELN camp destroyed",
    "The army said it had killed [[11 ELN fighters|killed;a=The army]] in a bombing raid on a camp in Arauca and captured [[four|arrested;a=The army]]. "
    "The ELN said in a statement that [[only two|killed;a=The ELN]] of its members had died.",
)

F(
    "DRC: Kishishe massacre figures differ",
    "A UN investigation found that {{M23}} rebels killed [[at least 171 civilians|killed;a=A UN investigation]] in Kishishe and Bambo. "
    "The government had said [[272|killed;a=The government]] were killed, while the rebels said [[eight people|killed;a=the rebels]] died, all by stray bullets.",
)

F(
    "Somalia: drought and conflict uproot hundreds of thousands",
    "[[Hundreds of thousands of Somalis|displaced;a=aid agencies]] have fled fighting and drought to camps around Baidoa, aid agencies said. "
    "The Norwegian Refugee Council said [[at least 90 new families|displaced;a=The Norwegian Refugee Council]] arrived every day in {{August}}.",
)

F(
    "Mali: Moura killings",
    "A UN human rights report said Malian troops and foreign military personnel executed [[at least 500 people|killed;a=A UN human rights report]] in Moura over {{five days}} in {{March 2022}}. "
    "The army had said it killed [[203 terrorists|killed;a=The army]] and arrested [[51|arrested;a=The army]] in the operation.",
)

F(
    "Myanmar: political prisoners tally",
    "The Assistance Association for Political Prisoners said [[28,096 people|arrested;a=The Assistance Association for Political Prisoners]] had been arrested since the coup, of whom [[21,457|arrested;a=The Assistance Association for Political Prisoners]] remained in detention. "
    "It said [[6,337 people|killed;a=The Assistance Association for Political Prisoners]] had been killed by the junta.",
)

F(
    "Kenya: Garissa university attack",
    "The toll in the attack on Garissa University College rose to [[148|killed;a=Interior Minister Joseph Nkaissery]], Interior Minister Joseph Nkaissery said, [[142|killed;a=Interior Minister Joseph Nkaissery]] of them students. "
    "He said [[four gunmen|killed;a=Interior Minister Joseph Nkaissery]] were killed and [[587 students|other;a=Interior Minister Joseph Nkaissery]] had been rescued.",
)

F(
    "Burkina Faso: Djibo blockade",
    "[[Nearly 300,000 people|civilians;a=aid groups]] are trapped in Djibo by a jihadist blockade, aid groups said, with supplies arriving only by helicopter. "
    "A convoy of [[150 trucks|aid]] heading to the town was attacked and [[about 50 of them|other;n=-;u=other]] burned.",
)

F(
    "Gaza: homes destroyed",
    "UNOSAT said satellite images showed [[about 163,778 structures|housing;a=UNOSAT]] in Gaza had been damaged or destroyed, [[about 52,564|housing;u=structure;a=UNOSAT]] of them destroyed. "
    "The UN said [[more than 500 schools|housing;a=The UN]] had been hit.",
)

F(
    "Sudan: doctors' union counts hospitals out of service",
    "The Sudan Doctors' Union said [[70 hospitals|housing;a=The Sudan Doctors' Union]] in areas affected by fighting had been put out of service, out of [[89|other;u=structure;a=The Sudan Doctors' Union]] in those areas. "
    "It said [[at least 60 health workers|killed;a=The Sudan Doctors' Union]] had been killed.",
)

# ---------------------------------------------------------------- more tallies

F(
    "Sudan: Omdurman market shelling",
    "RSF shelling of the Sabreen market in Omdurman killed [[56 people|killed;a=the Khartoum state health ministry]] and wounded [[158|injured;a=the Khartoum state health ministry]], the Khartoum state health ministry said. "
    "A volunteer group put the toll at [[more than 60|killed;a=A volunteer group]].",
)

F(
    "Nigeria: Plateau attacks over Christmas",
    "Gunmen killed [[at least 198 people|killed;a=local officials]] in attacks on [[about 20 villages|other;a=local officials]] in Plateau state over Christmas, local officials said, revising an earlier toll of [[160|killed;a=local officials]]. "
    "Amnesty International said [[more than 500 people|injured;a=Amnesty International]] were wounded and [[221 houses|housing;a=Amnesty International]] burned.",
)

F(
    "Pakistan: Kurram convoy attack and aftermath",
    "Gunmen fired on a convoy in Kurram, killing [[at least 42 passengers|killed;a=police]], police said. "
    "In the {{three days}} of sectarian clashes that followed, [[at least 88 more|killed;n=-;a=officials]] died, officials said, and [[about 300 families|displaced;a=officials]] left for Hangu.",
)

F(
    "Iraq: Tuz Khurmatu clashes, hundreds arrested",
    "Iraqi forces said they had detained [[more than 700 suspects|arrested;a=Iraqi forces]] in a sweep of villages around Tuz Khurmatu and seized [[67 weapons|other;a=Iraqi forces]], [[12 vehicles|other;a=Iraqi forces]] and [[hundreds of rounds|other;a=Iraqi forces]] of ammunition.",
)

F(
    "Haiti: Wharf Jérémie massacre",
    "The UN said gang members killed [[at least 184 people|killed;a=The UN]] in the Wharf Jérémie neighbourhood of Cité Soleil, most of them older people accused of witchcraft. "
    "The National Human Rights Defense Network gave a toll of [[between 110 and 180 people|killed;a=The National Human Rights Defense Network]].",
)

F(
    "Mozambique: Macomia raid",
    "[[About 100 insurgents|combatants;a=residents]] raided Macomia town and looted shops and the hospital, residents said. "
    "The army said it killed [[at least 20|killed;a=The army]] of them.",
)

F(
    "Ukraine: Avdiivka withdrawal",
    "Ukraine's army said it had withdrawn from Avdiivka after months of fighting. "
    "Russia's defence ministry said [[more than 1,500 Ukrainian soldiers|killed;a=Russia's defence ministry]] had been killed in the town in the {{final three days}} and [[about 80|arrested;a=Russia's defence ministry]] captured.",
)

F(
    "Syria: Islamic State attack on army bus",
    "Islamic State fighters ambushed a bus carrying soldiers in the Deir ez-Zor desert, killing [[23 soldiers|killed;a=the Syrian Observatory for Human Rights]] and wounding [[11|injured;a=the Syrian Observatory for Human Rights]], the Syrian Observatory for Human Rights said. "
    "State media put the toll at [[16|killed;a=State media]].",
)

F(
    "Afghanistan: Taliban say 'hundreds' of IS fighters killed",
    "The Taliban's chief spokesman said Taliban forces had killed [[hundreds of Islamic State fighters|killed;a=The Taliban's chief spokesman]] in Nangarhar and arrested [[more than 600|arrested;a=The Taliban's chief spokesman]] since {{August}}. "
    "UN experts estimate IS-K has [[between 4,000 and 6,000 fighters|combatants;a=UN experts]] in the country.",
)

F(
    "Lebanon: returns after ceasefire",
    "[[More than 500,000 people|returned;a=Lebanon's disaster management unit]] have returned to southern Lebanon and the Bekaa since the ceasefire took effect, Lebanon's disaster management unit said. "
    "[[About 100,000|displaced;a=the unit;alt=Lebanon's disaster management unit]] are still in shelters or with relatives, the unit said.",
)

F(
    "Bosnia: war crimes arrests",
    "Bosnian police arrested [[11 former soldiers|arrested;a=the state prosecutor's office]] suspected of killing [[27 Bosniak civilians|killed;a=the state prosecutor's office]] near Prijedor in {{1992}}, the state prosecutor's office said.",
)

F(
    "Gaza flotilla: activists detained",
    "Israel's navy intercepted [[more than 40 boats|other;a=Israel's foreign ministry]] of the flotilla and detained [[about 450 activists|arrested;a=Israel's foreign ministry]], Israel's foreign ministry said. "
    "Organisers said [[one boat|other;a=Organisers]] was still sailing towards Gaza.",
)

F(
    "Ethiopia: Oromia killings",
    "The Ethiopian Human Rights Commission said [[at least 210 people|killed;a=The Ethiopian Human Rights Commission]], most of them ethnic Amhara, were killed in an attack in Gimbi in western Oromia. "
    "It said [[about 500|missing;a=The Ethiopian Human Rights Commission]] were still unaccounted for and [[thousands of residents|displaced;a=The Ethiopian Human Rights Commission]] had fled.",
)

F(
    "Central African Republic: Wagner-backed offensive",
    "Troops backed by Russian instructors retook Bambari and killed [[more than 80 rebels|killed;a=the government]], the government said. "
    "MINUSCA said [[around 12,000 people|displaced;a=MINUSCA]] sheltered at its base during the fighting.",
)

F(
    "Sudan: women and girls abducted in Gezira",
    "The UN human rights office said the RSF had abducted [[at least 40 women and girls|kidnapped;n=women and girls;a=The UN human rights office]] in villages east of Wad Medani, and that [[as many as 125 people|killed;a=The UN human rights office]] were killed in the same raids.",
)

F(
    "Israel: October 7 toll revised",
    "Israel revised its toll from the Hamas attack of {{October 7}} down to [[about 1,200 people|killed;a=Israel]] from [[some 1,400|killed;a=Israel]], saying some bodies had been identified as attackers. "
    "[[About 250 people|kidnapped]] were taken into Gaza.",
)

F(
    "India: Naxal commander among 31 killed in Bijapur",
    "Security forces killed [[31 Maoist rebels|killed;a=police]] in a gunbattle in the forests of Bijapur, police said, and recovered [[27 firearms|other;a=police]]. "
    "[[Two police commandos|killed;a=police]] also died, police said.",
)

# ---------------------------------------------------------------- texts with numbers but no figure

F(
    "Srebrenica: 30th anniversary burials",
    "Mourners gathered at Potočari on {{11 July 2025}} for the {{30th}} anniversary of the Srebrenica massacre. "
    "The ceremony began at {{10:00}} and lasted {{three hours}}.",
)

F(
    "UN Security Council extends Yemen sanctions",
    "The Security Council voted {{13-0}}, with {{two}} abstentions, to extend sanctions under {{Resolution 2140}} until {{November 2026}}.",
)

F(
    "Ukraine: Brigade 47 rotated out of Avdiivka sector",
    "The {{47th}} Mechanised Brigade was rotated out of the sector after {{eight months}} on the line, its commander said on {{18 February 2024}}.",
)

F(
    "Gaza: ceasefire phase timing",
    "The {{first}} phase of the ceasefire lasts {{42 days}}, and talks on the {{second}} phase must begin by the {{16th}} day, according to the text of the agreement published on {{January 16, 2025}}.",
)

F(
    "Sudan war enters third year",
    "Sudan's war entered its {{third}} year on {{15 April 2025}}, {{two years}} to the day after fighting broke out in Khartoum at around {{9 a.m.}}",
)

F(
    "Syria: aid funding falls short",
    "The {{2024}} humanitarian response plan for Syria was {{only 28 percent}} funded by {{December}}, with {{$1.1 billion}} received of the {{$4.07 billion}} requested.",
)

F(
    "Mogadishu curfew eased",
    "Authorities in Mogadishu moved the night curfew from {{18:00}} to {{22:00}} from {{1 March}}, {{six weeks}} after the hotel siege.",
)

F(
    "Mali: junta extends transition",
    "Mali's junta extended the political transition by {{five years}} from {{2025}}, renewable, and named the general who seized power in {{2021}} president.",
)

F(
    "Colombia: peace talks round ends in Caracas",
    "The {{fifth}} round of talks between the government and the ELN ended in Caracas on {{3 December 2023}} after {{17 days}}, and the {{sixth}} is set for {{January}}.",
)

F(
    "Iran: rial slides after strikes",
    "The rial fell to {{1,040,000}} to the dollar on Sunday, {{about 12 percent}} lower than a month earlier, after the strikes of {{13 June}}.",
)

F(
    "Ukraine: Zaporizhzhia plant on backup power",
    "The Zaporizhzhia nuclear plant lost its last external power line at {{05:32}} and ran on diesel generators for {{more than 30 hours}}, the IAEA said, the {{ninth}} such loss since {{2022}}.",
)

F(
    "TPLF and Addis mark truce milestone",
    "Ethiopia's government and the TPLF marked {{two years}} since the Pretoria agreement of {{2 November 2022}}, which ended a war that began in {{November 2020}}.",
)

F(
    "Haiti: mission budget",
    "The UN Security Council approved a trust fund for the Haiti mission, which needs {{about $600 million}} a year; donors have pledged {{$96 million}} since {{October 2023}}.",
)

F(
    "Nigeria: trial of Owo church attack suspects",
    "{{Five}} men accused of the {{2022}} attack on a Catholic church in Owo went on trial in Abuja on {{Tuesday 14 May}}; the judge adjourned the case to {{June 27}}.",
)

F(
    "IDF reserve duty rules stretched to 2026",
    "Reservists called up in {{2023}} will serve up to {{60 days}} a year until {{2026}}, the defence ministry said, and the age of exemption rises to {{41}}.",
)

F(
    "Kashmir: shutdown marks Article 370 anniversary",
    "Shops in Srinagar stayed shut on {{5 August}} to mark {{five years}} since the repeal of {{Article 370}}, and mobile internet was cut for {{12 hours}}.",
)

F(
    "DRC: M23 advance, 40 km from Bukavu",
    "{{M23}} fighters were about {{40 km}} north of Bukavu on Friday, after advancing along the {{N2}} highway for {{three days}}.",
)

F(
    "Yemen: Red Sea shipping",
    "Traffic through the Bab el-Mandeb strait fell {{by half}} in the {{first quarter}}, and a container ship now takes {{10 to 14 days}} longer to sail round the Cape.",
)

F(
    "Myanmar: earthquake truce extended",
    "The junta extended its truce by {{20 days}} to {{30 April}} after the {{7.7-magnitude}} quake of {{28 March}}, state media said at {{8 p.m.}}",
)

F(
    "Libya: Derna court sentences officials",
    "A Libyan court sentenced {{12}} officials to terms of {{nine to 27 years}} over the collapse of {{two}} dams in {{2023}}.",
)

F(
    "Afghanistan: female aid workers' ban, two years on",
    "The Taliban's ban on Afghan women working for NGOs, issued on {{24 December 2022}}, has now been in force for {{more than 700 days}}, and a {{22-year-old}} aid worker told us she had not been paid since the {{first}} month.",
)

# ---------------------------------------------------------------- shelters, aid, civilians, combatants

F(
    "Gaza: UNRWA shelters over capacity",
    "UNRWA said [[more than 1 million people|displaced;a=UNRWA]] were sheltering in or near [[154 of its facilities|capacity;n=facilities;a=UNRWA]], which were built to hold [[about 300,000|capacity;a=UNRWA]]. "
    "In Rafah, there is {{one shower for every 4,500 people}}.",
)

F(
    "Ukraine: Pokrovsk evacuation ordered",
    "With Russian troops closing in, [[about 2,000 children|displaced;p;a=Donetsk governor Vadym Filashkin]] and their families must leave Pokrovsk and the villages around it, Donetsk governor Vadym Filashkin said on Monday. "
    "He said [[some 53,000 people|civilians;a=Donetsk governor Vadym Filashkin]] remained in the town, down from [[60,000|civilians;a=Donetsk governor Vadym Filashkin]] before the war.",
)

F(
    "Sudan: El Fasher under siege",
    "[[An estimated 260,000 civilians|civilians;a=UNICEF]], including [[130,000 children|civilians;a=UNICEF]], are trapped in El Fasher, UNICEF said. "
    "The RSF has massed [[thousands of fighters|combatants;a=the UN]] around the city, the UN said.",
)

F(
    "Syria: returns after Assad's fall",
    "UNHCR said [[more than 500,000 Syrians|returned;a=UNHCR]] had returned from abroad since {{December}} and [[1.2 million displaced people|returned;a=UNHCR]] had gone back to their home areas inside Syria. "
    "It expects [[up to 1.5 million refugees|returned;p;a=UNHCR]] to return this year.",
)

F(
    "Myanmar: Karenni camps fill",
    "[[Some 200 displacement camps|capacity;n=camps;a=the Karenni Civil Society Network]] now shelter [[about 150,000 people|displaced;a=the Karenni Civil Society Network]] in Karenni state, the Karenni Civil Society Network said. "
    "The group said [[eight schools|housing;a=The group;alt=the Karenni Civil Society Network]] had been bombed since {{January}}.",
)

F(
    "Burundi: Congolese refugees crowd transit site",
    "The Gatumba transit centre, built for [[about 1,500 people|capacity]], was hosting [[more than 20,000 Congolese|displaced;a=UNHCR]] who fled the fighting in South Kivu, UNHCR said. "
    "The agency plans to move [[3,000 a day|displaced;p;a=The agency;alt=UNHCR]] to Musenyi camp.",
)

F(
    "Nigeria: Maiduguri food distribution",
    "WFP said it had distributed food to [[about 120,000 displaced people|aid;a=WFP]] in Maiduguri in {{September}}, and that [[40,000 families|aid;a=WFP]] received cash. "
    "It warned that [[4.4 million people|civilians;a=WFP]] faced acute hunger in the northeast.",
)

F(
    "Mexico: National Guard surge to Sinaloa",
    "The defence ministry said it had sent [[1,100 more soldiers|combatants;a=The defence ministry]] to Culiacán, bringing the force in the state to [[about 11,000|combatants;a=The defence ministry]], and that [[600 special forces troops|combatants;p;a=The defence ministry]] would follow.",
)

F(
    "Lebanon: schools used as shelters",
    "The education ministry said [[more than 1,000 schools|capacity;a=The education ministry]] were being used as shelters, housing [[about 190,000 displaced people|displaced;a=The education ministry]]. "
    "[[Around 500,000 pupils|other]] have had no classes since {{September}}.",
)

F(
    "Hiraan and Galguduud: government counts surrenders",
    "The government said [[more than 300 al-Shabaab fighters|other;a=The government]] had surrendered in Hiraan and Galguduud over {{six months}}, and had handed over [[about 150 weapons|other;a=The government]].",
)

F(
    "Haiti: displaced by gang attacks reach new high",
    "IOM said [[1.3 million people|displaced;a=IOM]] were now displaced in Haiti, up {{24 percent}} in {{six months}}, and [[about 200,000|displaced;a=IOM]] of them lived in [[246 sites|capacity;n=sites;u=other;a=IOM]] in Port-au-Prince.",
)

F(
    "Ukraine: Odesa port strike damages homes",
    "A Russian missile strike on Odesa damaged [[more than 50 homes|housing;a=the regional governor]] and a port grain terminal, the regional governor said.",
)


if __name__ == "__main__":
    sys.exit(run(CONFIG))
