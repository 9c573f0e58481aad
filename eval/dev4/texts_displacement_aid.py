"""dev4 texts: displacement reports with mixed categories; aid, capacity, housing, missing, civilians and injured.

Imported by build.py in order; each F(...) adds one text to the set. Split from build.py, unchanged.
"""

from figset import F

# ====================================================================== displacement reports with mixed categories

F(
    "OCHA flash update: Ituri, Djugu territory",
    "- [[About 26,000 people|displaced;a=OCHA]] fled to Bule and Fataki after CODECO attacks on {{10 and 11 February}} (OCHA). "
    "- [[At least 51 civilians|killed;a=MSF]] killed, including [[14 children|killed;a=MSF]]; [[38 wounded|injured;a=MSF]] admitted to Drodro hospital (MSF). "
    "- [[Three displacement sites|capacity;a=OCHA]] attacked; [[more than 1,000 shelters|housing;a=OCHA]] burned (OCHA). "
    "- [[Some 400 FARDC soldiers|combatants;a=provincial authorities]] redeployed to the area (provincial authorities). "
    "- Needs: shelter for [[6,500 households|aid;p;a=Shelter cluster]] (Shelter cluster).",
)

F(
    "UNHCR briefing: Sudanese refugee arrivals in eastern Chad accelerate",
    "[[More than 18,000 refugees|displaced;a=UNHCR]] arrived in eastern Chad in the past week, the highest weekly total this year, UNHCR spokesperson Olga Sarrado told reporters in Geneva. "
    "She said [[up to 2,500 people a day|displaced;a=UNHCR spokesperson Olga Sarrado]] were crossing at Tine and Adre, most of them women and children, and that [[some 30,000|displaced;a=UNHCR spokesperson Olga Sarrado]] were stranded at the border awaiting relocation to camps. "
    "UNHCR has [[11 camps|capacity;a=UNHCR]] in the east, built for [[about 300,000 people|capacity;a=UNHCR]], but they now hold [[more than 700,000|displaced;a=UNHCR]], UNHCR said.",
)

F(
    "Gunmen in Benue: 'we sleep in the bush now'",
    "Farmers in Guma said they had not slept at home since gunmen killed [[18 people|killed;a=the local government chairman]] in Tse-Ikyo in {{April}}, according to the local government chairman. "
    "[[Around 4,500 residents|displaced;a=the state emergency management agency;alt=SEMA]] of the ward now live in [[two official camps|capacity;a=the state emergency management agency;alt=SEMA]] and with relatives in Makurdi, the state emergency management agency (SEMA) estimates, and [[hundreds more|displaced;a=farmers;n=-]] sleep in the bush, farmers said.",
)

F(
    "IOM DTM round update: Mozambique, Cabo Delgado",
    "The latest round of the Displacement Tracking Matrix counted [[582,000 internally displaced persons|displaced;a=The latest round of the Displacement Tracking Matrix]] in Cabo Delgado, down from [[about 946,000|displaced;a=The latest round of the Displacement Tracking Matrix]] at the peak, and [[about 620,000 returnees|returned;a=The latest round of the Displacement Tracking Matrix]] in their districts of origin. "
    "DTM teams also tracked [[10,800 new movements|displaced;a=DTM teams]] after attacks in Chiure in {{February}}.",
)

F(
    "Kharkiv evacuations continue as shelling intensifies near Vovchansk",
    "Police and volunteers evacuated [[another 350 residents|displaced;a=the regional administration]] from Vovchansk and nearby villages on {{Saturday}}, the regional administration said, bringing the total since the offensive began to [[nearly 11,000|displaced;a=the regional administration]]. "
    "[[About 200 people|civilians;a=the administration;alt=the regional administration]] are believed to remain in the town, most of them elderly, the administration said, and [[three volunteers|injured;a=the administration;alt=the regional administration]] were wounded by a drone.",
)

F(
    "Cox's Bazar: new Rohingya arrivals as Arakan Army fighting spreads",
    "[[About 150,000 Rohingya|displaced;a=Bangladesh's refugee commissioner]] have crossed into Bangladesh since the start of the year, fleeing fighting between the Arakan Army and the military, Bangladesh's refugee commissioner said. "
    "He said they had been registered in existing camps, which already hold [[over 1 million people|displaced;a=Bangladesh's refugee commissioner]]. "
    "Bangladesh's border guard said it had sent back [[about 300 people|returned;a=Bangladesh's border guard]] who tried to cross on {{Tuesday}}, and had detained [[40 suspected traffickers|arrested;a=Bangladesh's border guard]].",
)

F(
    "Cabo Delgado translated report: families arrive in Mueda on foot",
    "According to the district administrator of Mueda, [[more than 1,300 families|displaced;a=the district administrator of Mueda]] arrived at the district headquarters during the last week, coming from the villages of Nangololo and Miteda, where armed men burned [[around 90 houses|housing;a=the district administrator of Mueda]]. "
    "The administrator explained that the displaced are accommodated in [[four schools|capacity;a=The administrator;alt=the district administrator of Mueda]] and in the homes of host families, and that [[seven children|missing;a=The administrator;alt=the district administrator of Mueda]] were separated from their parents during the flight and have not been found.",
)

F(
    "South Kivu: Uvira hosts displaced as front nears",
    "[[Tens of thousands of people|displaced;a=local authorities]] have streamed into Uvira from the Ruzizi plain over the past {{ten days}}, local authorities said, sleeping in churches, schools and the stadium. "
    "Burundi, which has [[about 10,000 soldiers|combatants;a=diplomats]] deployed in South Kivu according to diplomats, received [[more than 40,000 Congolese refugees|displaced;a=the UN refugee agency]] in {{two weeks}}, the UN refugee agency said.",
)

F(
    "Haiti IOM: gang offensive on Kenscoff uproots thousands",
    "Gang attacks on Kenscoff, in the hills above Port-au-Prince, have displaced [[more than 3,100 people|displaced;a=IOM]] since {{27 January}}, IOM said, most of whom are staying with relatives while [[about 700|displaced;a=IOM]] found refuge in [[two spontaneous sites|capacity;a=IOM]]. "
    "Police said [[at least 30 gang members|killed;a=Police]] had been killed in counter-operations supported by the Kenyan-led mission.",
)

F(
    "Evacuation order for Dnipropetrovsk villages after front shifts",
    "The regional military administration ordered the mandatory evacuation of [[about 1,000 children|displaced;p;a=The regional military administration]] and their parents from [[11 villages|other;a=The regional military administration]] near the Donetsk border. "
    "Volunteers said [[around 60 elderly residents|civilians;a=Volunteers]] were refusing to leave.",
)

F(
    "Kashmir shelling: border villagers take shelter in bunkers",
    "Cross-border shelling forced [[thousands of villagers|displaced;a=officials]] in Poonch and Uri to flee or take shelter in underground bunkers overnight, officials said, and killed [[at least 12 civilians|killed;a=officials]], including [[two children|killed;a=officials]]. "
    "The district administration said it had set up [[30 relief camps|capacity;a=The district administration]] for [[about 5,000 people|capacity;a=The district administration]].",
)

F(
    "Tigray's displaced still in Shire schools years after ceasefire",
    "[[Nearly 1 million people|displaced;a=the interim administration]] displaced by the war remain in camps and host communities, the interim administration said, with [[about 60,000|displaced;a=the interim administration]] living in [[65 schools|capacity;a=the interim administration]] in Shire alone. "
    "[[Some 300,000 children|civilians;a=the regional education bureau]] cannot go to school because classrooms are used as shelters, the regional education bureau said.",
)

F(
    "Lebanon: Israeli strikes on Tyre prompt flight northward",
    "Israeli strikes on Tyre and surrounding villages prompted [[tens of thousands|displaced;a=Lebanon's health ministry]] to flee northward on {{Monday}}, Lebanon's health ministry said, and killed [[at least 33 people|killed;a=Lebanon's health ministry]], wounding [[195|injured;a=Lebanon's health ministry]]. "
    "[[More than 900 collective shelters|capacity;a=the government]] have opened across the country, [[about 700|capacity;a=the government;u=structure]] of them already full, the government said.",
)

F(
    "Amhara fighting: IDPs in Debre Birhan camps exceed 200,000",
    "[[Over 200,000 internally displaced people|displaced;a=the zone's disaster risk management office]] are living in Debre Birhan and its surroundings, the zone's disaster risk management office said, many of them from Oromia. "
    "It said [[at least 14 babies|killed;a=the zone's disaster risk management office]] had died in the camps in {{March}} and that [[about 45,000 people|civilians;a=the zone's disaster risk management office]] had not received food aid for {{two months}}.",
)

F(
    "Syria coast violence: Alawite families cross into Lebanon",
    "[[Nearly 10,000 Syrians|displaced;a=the Lebanese army]], most of them Alawites, crossed into northern Lebanon after the killings on the coast, the Lebanese army said, and [[about 3,000|displaced;a=local officials]] were sheltering in mosques and halls in Akkar, according to local officials. "
    "The Syrian Observatory for Human Rights said [[more than 1,300 people|killed;a=The Syrian Observatory for Human Rights]] had been killed, most of them civilians, and that [[dozens of fighters|arrested;a=The Syrian Observatory for Human Rights]] had been arrested.",
)

F(
    "Sitrep: Tripoli clashes, Libya",
    "- Displacement: [[around 700 families|displaced;a=UNHCR]] from Abu Salim and Salah al-Din (UNHCR). "
    "- Casualty figures: [[at least 8 dead|killed;a=Ministry of Health]], [[27 injured|injured;a=Ministry of Health]] (Ministry of Health). "
    "- Detention: [[about 1,400 migrants|arrested;a=IOM]] in Ain Zara detention centre without food for {{three days}} (IOM). "
    "- [[Two ambulances|other;a=Libyan Red Crescent]] hit by gunfire (Libyan Red Crescent).",
)

# ====================================================================== aid, capacity, housing, missing, civilians, injured

F(
    "WFP convoy reaches besieged El Fasher outskirts",
    "A WFP convoy of [[17 trucks|aid;a=WFP]] carrying [[about 500 tonnes|aid;a=WFP]] of food reached Tawila on {{Friday}}, enough to feed [[some 40,000 people|aid;a=WFP]] for a month, WFP said. "
    "The agency said [[about 260,000 civilians|civilians;a=The agency;alt=WFP]] remain trapped inside El Fasher, where [[at least 62 people|killed;a=local volunteers]] died of hunger-related causes in {{August}}, according to local volunteers.",
)

F(
    "Airdrops over Gaza: 'a drop in the ocean', aid groups say",
    "Jordanian and Emirati planes dropped [[120 pallets|aid;a=the Jordanian army]] of food over northern Gaza on {{Sunday}}, the Jordanian army said. "
    "Aid groups said a single crossing could take in [[hundreds of trucks a day|aid;p;a=Aid groups]], compared with [[about 80 trucks|aid;a=Aid groups]] that entered on average in {{July}}, and that [[five people|killed;a=Gaza's civil defence]] were killed when a parachute failed, according to Gaza's civil defence.",
)

F(
    "UNICEF: hygiene kits and water trucking for displaced in Marib",
    "UNICEF and partners distributed [[8,000 hygiene kits|aid;a=UNICEF]] and trucked water to [[about 35,000 people|aid;a=UNICEF]] in displacement sites in Marib in {{May}}, UNICEF said. "
    "[[Some 2,000 families|displaced;a=the agency;alt=UNICEF]] arrived in the sites in the past month alone, the agency said, and [[12 sites|capacity;a=the agency;alt=UNICEF]] have no latrines at all.",
)

F(
    "Zaporizhzhia: drone strike damages apartment blocks",
    "A Russian drone strike on Zaporizhzhia damaged [[14 apartment blocks|housing;a=regional governor Ivan Fedorov;u=structure]] and [[dozens of private houses|housing;a=regional governor Ivan Fedorov]], regional governor Ivan Fedorov said, wounding [[22 people|injured;a=regional governor Ivan Fedorov]], [[four|injured;a=regional governor Ivan Fedorov]] of them children. "
    "[[More than 70 residents|displaced;a=city officials]] were moved to a temporary shelter, city officials said.",
)

F(
    "Missing in Sudan's war: Red Cross tracing requests pass 8,000",
    "The ICRC said it had received [[more than 8,000 tracing requests|missing;a=The ICRC;u=person]] from families looking for relatives who went missing since the war began in Sudan, and had helped restore contact in [[about 1,500 cases|missing;a=The ICRC;u=person]]. "
    "[[Dozens of bodies|killed;a=The ICRC]] remain unidentified in Omdurman, it said.",
)

F(
    "Mexico collectives search for the disappeared in Jalisco",
    "[[More than 15,000 people|missing;a=state figures]] are listed as disappeared in Jalisco, according to state figures, and search collectives say they found [[at least 200 bags|other;a=search collectives]] of human remains at a ranch near Teuchitlan.",
    [],
)

F(
    "Nigeria flood camp in Maiduguri overwhelmed after dam breach",
    "The Alau dam breach flooded {{about 40%}} of Maiduguri, and [[more than 400,000 people|displaced;a=the state emergency agency]] have moved into [[30 camps|capacity;a=the state emergency agency]], the state emergency agency said, while [[at least 37 people|killed;a=the state emergency agency]] drowned. "
    "[[Hundreds of prisoners|other;a=prison officials]] escaped when the walls of the city's prison collapsed, prison officials said, and [[seven|arrested;a=prison officials]] were recaptured.",
)

F(
    "Kyiv overnight attack: hospital hit, rescuers dig through rubble",
    "A missile struck a children's hospital in Kyiv, and rescuers pulled [[two bodies|killed;a=the State Emergency Service]] from the rubble, the State Emergency Service said, as [[more than 100 rescuers|other;a=the State Emergency Service]] worked at the site. "
    "[[Sixteen people|injured;a=the city's mayor]] were hurt, among them [[seven children|injured;a=the city's mayor]], the city's mayor said.",
)

F(
    "Gaza: civil defence says thousands believed under rubble",
    "Gaza's civil defence said [[about 10,000 people|missing;a=Gaza's civil defence]] were believed to be buried under the rubble of destroyed buildings, and that it had recovered [[more than 150 bodies|killed;a=Gaza's civil defence]] in the {{two days}} after the truce. "
    "The UN estimates that {{92%}} of housing units in the strip have been damaged or destroyed.",
)

F(
    "Rafah tent city: shelter cluster counts needs",
    "The shelter cluster said [[some 1.7 million people|displaced;a=The shelter cluster]] were living in tents or makeshift shelters in the south of the strip, and that [[about 40,000 tents|aid;a=The shelter cluster]] had been delivered since {{May}}, against [[200,000|aid;p;a=The shelter cluster;n=-]] needed. "
    "[[Nearly 3,000 tents|housing;a=the cluster;alt=The shelter cluster]] were torn or flooded by winter rains, the cluster said.",
)

F(
    "Aleppo: Kurdish families evacuated from Sheikh Maqsoud under deal",
    "[[About 500 families|displaced;a=the Kurdish-led administration]] left Sheikh Maqsoud for Tabqa in buses under a deal with the new authorities, the Kurdish-led administration said, while [[more than 250 SDF fighters|combatants;a=the Kurdish-led administration]] withdrew from the neighbourhood with their light weapons. "
    "[[Some 30,000 residents|civilians;a=the administration;alt=the Kurdish-led administration]] are still living in the district, the administration said.",
)

F(
    "Jenin camp operation: UNRWA says camp emptied",
    "The Israeli operation in Jenin has forced [[about 20,000 Palestinians|displaced;a=UNRWA]] out of the refugee camp, UNRWA said, making it {{the largest}} displacement in the West Bank since {{1967}}. "
    "The Palestinian health ministry said [[at least 14 Palestinians|killed;a=The Palestinian health ministry]] had been killed and [[more than 40|injured;a=The Palestinian health ministry]] wounded, while the army said it had arrested [[about 100 wanted persons|arrested;a=the army]].",
)

F(
    "Myanmar: Rakhine fighting leaves 200,000 needing food aid",
    "WFP said [[more than 200,000 people|civilians;a=WFP]] in central Rakhine were facing severe hunger after the military blocked roads and rivers, and that it had reached only [[about 57,000|aid;a=WFP]] in {{March}}. "
    "The Arakan Army said it had captured [[about 3,000 government soldiers|arrested;a=The Arakan Army]] since launching its offensive.",
    [],
)

F(
    "Cameroon Far North: IDPs in Mokolo lack shelter",
    "[[About 8,500 newly displaced people|displaced;a=the Mayo-Tsanaga prefect]] have arrived in Mokolo since {{December}} after Boko Haram raids on border villages, the Mayo-Tsanaga prefect said, and {{more than half}} of them sleep in the open. "
    "The prefect said the raiders had burned [[about 120 huts|housing;a=The prefect;alt=the Mayo-Tsanaga prefect]] and carried off [[15 young men|kidnapped;a=The prefect;alt=the Mayo-Tsanaga prefect]], and that [[a 200-strong unit|combatants;a=The prefect;alt=the Mayo-Tsanaga prefect;n=unit]] of the Rapid Intervention Battalion had been sent to the area.",
)
