"""dev3 figures items: short items. Marks: eval/figset/marks.py; see build.py."""

from items import F

# ====================================================================== figures: short items

F(
    "Turkey: police detain journalists and students after Istanbul rallies",
    "Turkish police detained [[1,133 people|arrested;a=the interior minister]] during five days of protests over the arrest of Istanbul's mayor, the interior minister said, and courts ordered [[172|arrested;a=the interior minister]] held in pre-trial detention. "
    "[[At least seven journalists|arrested]] were among those taken into custody.",
    ["five days"],
)

F(
    "Pakistan: thousands held after PTI march on Islamabad",
    "Police arrested [[nearly 1,000 supporters|arrested;a=Islamabad police]] of the jailed former prime minister Imran Khan after a march on Islamabad, Islamabad police said, while the party said [[at least 12 of its workers|killed;a=the party]] had been shot dead by security forces. "
    "The government said [[four paramilitary soldiers|killed;a=The government]] were killed when a vehicle ran into them.",
    [],
)

F(
    "Russia: hundreds detained at Navalny memorials",
    "Police in Russian cities detained [[more than 400 people|arrested;a=the rights group OVD-Info]] who laid flowers in memory of Alexei Navalny, according to the rights group OVD-Info. "
    "In St Petersburg alone, [[some 200|arrested]] were held.",
    [],
)

F(
    "Egypt: rights group says 3,000 held in crackdown",
    "The Egyptian Initiative for Personal Rights said security forces had arrested [[about 3,000 people|arrested;a=The Egyptian Initiative for Personal Rights]] in {{two weeks}} after rare street protests, many of them picked up at random.",
    [],
)

F(
    "Syria: mass graves found near Damascus",
    "Syria's new authorities said they had found a mass grave near Qutayfah, where a rights group believes [[at least 100,000 people|killed;a=a rights group]] killed under Assad were buried. "
    "The Syrian Network for Human Rights says [[more than 112,000 people|missing;a=The Syrian Network for Human Rights]] remain missing, most of them forcibly disappeared in government prisons.",
    [],
)

F(
    "Mexico: 43 students still missing a decade on",
    "Ten years after [[43 students|missing]] from the Ayotzinapa teachers' college disappeared in Iguala, the remains of [[only three|killed]] have been identified. "
    "Prosecutors have charged [[more than 120 people|arrested;a=Prosecutors]], including [[16 soldiers|arrested;a=Prosecutors]], prosecutors said.",
    ["Ten years"],
)

F(
    "Iraq: Yazidis still missing after IS captivity",
    "Of the [[6,417 Yazidis|kidnapped;a=the office for Yazidi survivors in Duhok]] abducted by Islamic State in {{2014}}, [[3,576|kidnapped;a=the office for Yazidi survivors in Duhok]] have been rescued and [[about 2,600|missing;a=the office for Yazidi survivors in Duhok]] are still missing, according to the office for Yazidi survivors in Duhok.",
    [],
)

F(
    "Nepal: families of the disappeared wait",
    "The Commission of Investigation on Enforced Disappeared Persons has received [[3,223 complaints|missing;u=person]] from the decade-long civil war and has yet to resolve a single one.",
    [],
)

F(
    "Sudan: RSF recruits in Darfur camps",
    "The RSF has recruited [[thousands of young men|combatants;a=residents]] from camps in South Darfur in recent months, often with promises of pay, residents say. "
    "A UN panel of experts estimated the group's strength at [[up to 100,000 fighters|combatants;a=A UN panel of experts]] before the war.",
    [],
)

F(
    "Philippines: NPA rebels surrender in Mindanao",
    "[[Forty-two members|other;a=the military]] of the communist New People's Army surrendered to the army in Bukidnon, handing over [[35 rifles|other;a=the military]], the military said. "
    "The army estimates the NPA now has [[fewer than 1,500 fighters|combatants;a=The army]] nationwide.",
    [],
)

F(
    "Israel calls up reservists for Gaza offensive",
    "Israel's military said it would call up [[60,000 reservists|combatants;p;a=Israel's military]] for an expanded offensive in Gaza City, and extend the service of [[20,000 more|combatants;n=-;p;a=Israel's military]]. "
    "[[About one million people|civilians;v=1000000;a=the UN]] live in Gaza City, the UN says.",
    [],
)

F(
    "Somalia: AU troop cuts",
    "The African Union mission in Somalia will cut [[2,000 troops|combatants;p;a=the mission;alt=The African Union mission in Somalia]] by the end of {{June}}, leaving [[about 17,600|combatants;p;a=the mission;alt=The African Union mission in Somalia]], the mission said.",
    [],
)

F(
    "Ukraine: Russian strike on Kryvyi Rih playground",
    "A Russian ballistic missile with a cluster warhead struck near a playground in Kryvyi Rih on {{Friday}} evening, killing [[20 people|killed]], including [[nine children|killed]], and wounding [[more than 60|injured]].",
    [],
)

F(
    "Lebanon: pager explosions wound thousands",
    "[[Thousands of pagers|other;u=other;a=the health minister]] used by Hezbollah members exploded almost simultaneously across Lebanon on {{Tuesday}}, killing [[12 people|killed;a=the health minister]], including [[two children|killed;a=the health minister]], and wounding [[about 2,800|injured;a=the health minister]], the health minister said. "
    "Hospitals in Beirut's southern suburbs treated [[hundreds of people|injured]] with wounds to the eyes and hands.",
    [],
)

F(
    "Israel: Hezbollah rocket hits Majdal Shams football pitch",
    "A rocket fired from Lebanon struck a football pitch in the Druze town of Majdal Shams in the Israeli-occupied Golan Heights, killing [[12 children and teenagers|killed;n=children and teenagers;a=Israeli medics]] {{aged between 10 and 16}}, and injuring [[more than 30 others|injured;a=Israeli medics]], Israeli medics said.",
    [],
)

F(
    "India: houses torched in Manipur clash",
    "Armed men set fire to [[about 70 houses|housing;a=police]] in the village of Jiribam overnight, and [[two people|killed;a=police]] were shot dead, police said. "
    "Security forces evacuated [[some 250 villagers|displaced]] to a relief camp.",
    [],
)

F(
    "Sudan: cholera in Tawila displacement camps",
    "Cholera has spread through the camps around Tawila, where [[more than 500,000 displaced people|displaced]] now live, and [[at least 1,180 cases|other;u=person]] and [[20 deaths|killed]] were recorded in {{two weeks}}. "
    "MSF has set up [[two treatment centres|other;u=structure]] with [[120 beds|other;u=other]].",
    [],
)

F(
    "Nigeria: Benue herder attacks empty farming villages",
    "Attacks by armed herders on farming communities in Benue state have driven [[between 30,000 and 50,000 people|displaced;a=the state emergency management agency]] from their villages since {{January}}, the state emergency management agency said. "
    "[[Dozens of villages|other]] have been deserted, and [[at least 90 people|killed]] were killed in Yelwata alone on {{13 June}}.",
    [],
)

F(
    "Sri Lanka: return of land to displaced Tamils",
    "The army has released {{about 400 acres}} of land in Jaffna, allowing [[some 500 families|returned]] displaced since the war to go back.",
    [],
)

F(
    "Myanmar: Karenni displaced shelter in forest",
    "[[More than 100,000 people|displaced;a=the Karenni Civil Society Network]] have fled fighting in Loikaw and are sheltering in the forests and in [[about 200 camps|capacity;a=the Karenni Civil Society Network]] along the Thai border, the Karenni Civil Society Network said.",
    [],
)

F(
    "Thailand: villagers cross from Myanmar after Myawaddy fighting",
    "[[About 3,000 people|displaced;a=Thai officials]] crossed the Moei river into Mae Sot overnight as fighting raged in Myawaddy, Thai officials said. The army said Thailand could take in [[up to 100,000|capacity;p;a=The army]] in temporary shelters.",
    [],
)

F(
    "Sudan: Zamzam camp famine",
    "Famine has been confirmed in the Zamzam camp, home to [[about 500,000 people|displaced;a=MSF]], where a child dies {{every two hours}}, according to MSF.",
    [],
)

F(
    "Haiti: displacement sites in the capital",
    "The number of displacement sites in the Port-au-Prince metropolitan area has risen to [[more than 140|capacity;u=other;a=IOM]], IOM said, with [[about 180,000 people|displaced;a=IOM]] living in them, many in former schools and churches. "
    "Gangs control an estimated {{85 percent}} of the capital. "
    "In Cité Soleil, [[some 60 families|displaced]] sleep in the courtyard of a closed clinic.",
    [],
)

F(
    "South Sudan: Renk transit centre overwhelmed",
    "The transit centre in Renk, built to hold [[3,000 people|capacity;a=aid workers]], was sheltering [[close to 16,000|displaced;a=aid workers]] on {{Friday}}, aid workers said, most of them South Sudanese returnees fleeing the war in Sudan. "
    "Boats run by IOM take [[about 1,000 people a week|returned;n=people]] up the Nile to Malakal.",
    [],
)

F(
    "Ukraine: Sumy region orders evacuation of 11 more villages",
    "Authorities in Sumy region ordered the mandatory evacuation of [[11 more villages|other;p;a=the regional administration]], affecting [[about 400 residents|civilians;a=the regional administration]], as Russian forces advanced along the border, the regional administration said. "
    "Since {{March}}, [[over 56,000 people|displaced;a=the administration;alt=the regional administration]] have left the border strip, the administration added.",
    [],
)

F(
    "Chad: relocation convoys leave the border",
    "UNHCR plans to relocate [[45,000 refugees|displaced;p;a=UNHCR]] from the makeshift site at Adré to new camps before the rains begin in {{June}}. "
    "So far, [[83 convoys|other]] have moved [[some 19,000 people|displaced]] inland.",
    [],
)

F(
    "Afghanistan: returnees from Pakistan need shelter",
    "Of the [[541,000 Afghans|returned;a=the UN]] who have returned from Pakistan since {{September 2023}}, {{about 80 per cent}} are women and children, the UN said. "
    "Aid agencies have set up [[two reception centres|capacity]] in Torkham and Spin Boldak, each able to receive [[10,000 people a day|capacity;n=people]].",
    [],
)

F(
    "Niger: Diffa camps receive Nigerians fleeing Boko Haram",
    "[[Nearly 4,000 Nigerian refugees|displaced;a=the governor of Diffa]] have arrived in Diffa region since {{late August}} after Boko Haram attacks around Damasak, the governor of Diffa said. "
    "They join [[some 130,000 refugees and IDPs|displaced;n=refugees and IDPs]] already in the region. "
    "The governor said [[two new sites|capacity;u=other;a=The governor;alt=the governor of Diffa]] would be opened to house [[up to 6,000 people|capacity;p;a=The governor;alt=the governor of Diffa]].",
    [],
)

F(
    "DR Congo: Uvira fighting sends people across Lake Tanganyika",
    "[[Hundreds of thousands|displaced;a=local officials]] have been displaced in South Kivu since the {{M23}} advance, and [[several thousand people|displaced;a=local officials]] have crossed Lake Tanganyika to Tanzania in fishing boats, local officials said. "
    "[[At least 17 people|missing]] are missing after a boat capsized near Kalundu.",
    [],
)

F(
    "Iraq: Sinjar returns stall",
    "[[Only about 100 families|returned;a=the Ministry of Migration]] went back to Sinjar in {{March}}, compared with [[800|returned;u=household;a=the Ministry of Migration]] in the same month last year, the Ministry of Migration said. "
    "[[Some 200,000 Yazidis|displaced]] still live in camps in the Kurdistan Region.",
    [],
)

F(
    "Ethiopia: Tigray returns to Tsegede halted",
    "The planned return of [[about 12,000 IDPs|returned;p;a=the interim administration]] to Tsegede was halted after armed men blocked the road, the interim administration said.",
    [],
)

F(
    "Yemen: Houthis detain UN staff",
    "The Houthis have detained [[23 UN staff|arrested;a=the UN secretary-general]], as well as [[dozens of employees|arrested;a=the UN secretary-general]] of NGOs and embassies, the UN secretary-general said, calling for their immediate release.",
    [],
)

F(
    "Belarus: political prisoners freed",
    "Belarus freed [[14 political prisoners|arrested;a=the opposition leader Sviatlana Tsikhanouskaya]], including a Japanese citizen and a Swede, the opposition leader Sviatlana Tsikhanouskaya said. "
    "Rights group Viasna says [[1,150 political prisoners|arrested;a=Rights group Viasna]] remain behind bars.",
    [],
)

F(
    "Gaza: rubble and the missing",
    "Civil defence crews in Gaza City pulled [[17 bodies|killed]] from the rubble of a collapsed apartment block on {{Wednesday}}. "
    "[[Between 8,000 and 11,000 people|missing]] are believed buried under destroyed buildings across the Strip, and {{about 70 per cent}} of all buildings have been damaged.",
)

F(
    "Sudan: Wad Madani homes looted and burned",
    "When the RSF withdrew from Wad Madani, residents returned to find [[thousands of homes|housing]] looted, and [[at least 350 houses|housing]] in the al-Daraja district burned. "
    "[[Two hospitals|housing]] were damaged.",
    [],
)

F(
    "Syria: coastal violence forces Alawites to flee to Lebanon",
    "[[About 21,000 Syrians|displaced]], most of them Alawites, have fled into northern Lebanon since killings in Syria's coastal region in {{early March}}, and [[more than 40 families|displaced]] are sheltering in a mosque in Akkar. "
    "The Syrian Observatory for Human Rights says [[at least 1,383 civilians|killed;a=The Syrian Observatory for Human Rights]] were killed in the violence, most of them Alawites.",
    [],
)

F(
    "Central African Republic: Wagner-backed offensive empties towns",
    "In the town of Bambouti, nearly all of its [[3,000 residents|displaced;q=approx]] fled to South Sudan after clashes between the army, backed by Russian instructors, and the Azande Ani Kpi Gbe militia. "
    "Catholic missionaries say [[about 200 people|civilians;a=Catholic missionaries]] remain in the parish compound, protected by [[a dozen peacekeepers|combatants;a=Catholic missionaries]].",
    [],
)

F(
    "Ukraine: energy strikes leave cities in the dark",
    "Russian missile and drone strikes on energy facilities left [[more than 1 million households|civilians;a=the energy ministry]] without power in Kharkiv and Odesa regions, the energy ministry said. "
    "Emergency crews restored supply to [[about 600,000|civilians;u=household]] by evening.",
    [],
)

F(
    "Nigeria: Zamfara bandits release hostages after ransom",
    "Bandits who had held [[more than 50 villagers|kidnapped;a=a community leader]] for {{three weeks}} in the forests of Zamfara released [[37|kidnapped;a=a community leader]] after families paid a ransom, a community leader said, and [[at least 12|missing;a=a community leader]] remain unaccounted for.",
    [],
)

F(
    "Libya: Derna families still searching for relatives",
    "Two years after the dams burst, [[more than 3,000 people|missing;a=the Libyan Red Crescent]] are still listed as missing in Derna, the Libyan Red Crescent said, and [[about 4,300 bodies|killed;a=the Libyan Red Crescent]] have been identified. "
    "Rebuilding has reached [[1,500|housing;u=structure]] of the [[8,000 homes|housing]] that were destroyed.",
    ["Two years"],
)

F(
    "Sudan: relatives search for men taken at El Fasher checkpoints",
    "Families in Tawila say [[hundreds of men|missing;a=Families in Tawila]] who fled El Fasher never arrived, and the Sudan Doctors Network said [[at least 1,200 people|kidnapped;a=the Sudan Doctors Network]] were being held by the RSF for ransom. "
    "[[Some 650 unaccompanied children|other]] have reached Tawila alone.",
    [],
)

F(
    "Ukraine: Red Cross tracing agency cases",
    "The ICRC's Central Tracing Agency bureau said it had received [[over 100,000 requests|missing;u=person;n=requests;a=The ICRC's Central Tracing Agency bureau]] from families seeking news of missing relatives since {{February 2022}}, and had been able to give [[about 16,000 families|other;a=The ICRC's Central Tracing Agency bureau]] information on their loved ones.",
    [],
)

F(
    "Burundi: returns from Tanzania resume",
    "UNHCR plans to help [[between 2,000 and 3,000 Burundian refugees|returned;p;a=UNHCR]] go home from Tanzania each week until the end of the year, the agency said. "
    "Each returning family receives a cash grant and {{three months}} of food rations.",
    [],
)

F(
    "Gaza: tents and shelter kits wait at crossings",
    "[[Some 6,000 trucks|aid;a=the UN]] loaded with aid, including [[about 100,000 tents|aid;a=the UN]], are waiting in Egypt to enter Gaza, the UN said. "
    "Shelter partners estimate that [[between 1.2 and 1.5 million people|civilians;a=Shelter partners]] need emergency shelter.",
    [],
)

F(
    "Myanmar: aid reaches quake- and war-hit Sagaing",
    "A Red Cross convoy delivered food and hygiene items to [[1,800 households|aid]] in Sagaing, where both the earthquake and the fighting have destroyed homes. "
    "The local administration counts [[around 5,200 houses|housing;a=The local administration]] destroyed and [[12,000|housing;a=The local administration;u=structure]] damaged.",
    [],
)

F(
    "Nigeria: Zamfara displaced receive food",
    "The state emergency management agency distributed bags of rice and maize to [[3,450 displaced households|aid;a=the agency's director;alt=The state emergency management agency]] in Gusau on {{Monday}}, the agency's director said. "
    "He said [[at least 20 villages|other;a=He;alt=the agency's director]] had been abandoned because of bandit attacks, and that [[500 more families|aid;p;a=He;alt=the agency's director]] would receive food next week.",
    [],
)

F(
    "Yemen: Marib camp flooded, families move again",
    "Heavy rain flooded the al-Sweida camp in Marib, damaging [[roughly 1,200 tents|housing;u=other;a=the camp administration]] and forcing [[about 700 families|displaced;a=the camp administration]], who had fled fighting years ago, to move once more, the camp administration said.",
    [],
)

F(
    "Iraq: Anbar camp closures send families home",
    "Iraq closed the last camp in Anbar on {{Sunday}}, and the [[148 families|returned;a=the ministry]] still living there went back to Qaim and Ramadi, the ministry said. "
    "Nationally, [[about 1.1 million people|displaced]] remain displaced since the war against Islamic State.",
    [],
)

F(
    "DR Congo: Ituri camp attacked, residents missing",
    "CODECO militiamen attacked the Plaine Savo camp for displaced people in Djugu territory overnight, killing [[at least 18 people|killed;a=camp leaders]] and leaving [[dozens|missing;a=camp leaders]] unaccounted for, camp leaders said. "
    "The camp hosted [[about 20,000 people|displaced;a=UN peacekeepers]] before the attack; UN peacekeepers said most of them had fled.",
    [],
)
