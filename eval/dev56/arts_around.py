"""dev56 items: what surrounds displacement in local news: the dead, injured, missing and
abducted of the events that drove people out, homes destroyed and rebuilt, aid convoys and
distributions, people trapped and affected, the fighters; and six items whose numbers are
none of them figures (budgets, forecasts, court dates, timetables, anniversaries).

Marks: [[span|category;a=source;alt=...;u=unit;n=noun;p]] is a figure, {{span}} a negative
(eval/figset/marks.py).
"""

from figset import F

F(
    "Mai Mahiu: flash flood kills dozens, families camp at church",
    "[[At least 48 people|killed;a=the Nakuru county commissioner]] were killed when a blocked culvert burst above Old Kijabe town at about {{2 am}}, the Nakuru county commissioner said, and [[19 people|missing;a=the Nakuru county commissioner]] are still missing. "
    "The Kenya Red Cross said [[about 110 families|displaced;a=The Kenya Red Cross]] were sheltering at a church in Mai Mahiu, and that it had handed out [[2,400 food parcels|aid;a=The Kenya Red Cross]]. "
    "[[More than 50 houses|housing]] were swept away.",
)

F(
    "Kaduna: gunmen abduct villagers in Kajuru",
    "Gunmen abducted [[at least 64 villagers|kidnapped;a=residents]] from Kajuru local government area on Sunday in the {{second}} mass abduction there this year, residents said. "
    "Police confirmed the attack but said [[29 people|kidnapped;a=Police]] had been taken. "
    "A village head said [[two people|killed;a=A village head]] were shot dead as they tried to flee. "
    "[[About 200 families|displaced;a=A village head]] have since moved to Kajuru town, he said. "
    "[[Seven of the abducted|kidnapped;a=police]] escaped on Monday and were back with their families, police said.",
)

F(
    "NDMA sends tents and rations to flood-hit Balochistan",
    "The National Disaster Management Authority (NDMA) dispatched [[18 trucks|aid]] carrying [[4,000 tents|aid]], [[8,000 blankets|aid]] and food rations to Jhal Magsi and Naseerabad on Wednesday. "
    "The Provincial Disaster Management Authority (PDMA) Balochistan said [[about 62,000 people|civilians;a=The Provincial Disaster Management Authority (PDMA) Balochistan]] had been affected in [[six districts|other;a=The Provincial Disaster Management Authority (PDMA) Balochistan]] and [[14 people|killed;a=The Provincial Disaster Management Authority (PDMA) Balochistan]] had died since {{July 10}}.",
)

F(
    "Wayanad landslides: relief camps fill as the search goes on",
    "The toll of the Wayanad landslides rose to [[214|killed;a=the district collector]], and [[122 people|missing;a=the district collector]] are still missing, the district collector said on Sunday. "
    "The collector said [[about 9,300 people|displaced;a=The collector;alt=the district collector]] from [[2,600 families|displaced;a=The collector;alt=the district collector]] were staying in [[91 relief camps|capacity;a=The collector;alt=the district collector]]. "
    "Rescuers have searched {{4 km}} of the Chaliyar river for bodies.",
)

F(
    "Soldiers killed in Basilan clash; families flee Sumisip",
    "[[Twelve soldiers|killed;a=the army's Western Mindanao Command]] were killed and [[11|injured;a=the army's Western Mindanao Command]] wounded in a clash with an armed group in Sumisip, Basilan, the {{second}} in the town this month, the army's Western Mindanao Command said. "
    "The military estimated the group at [[about 60 gunmen|combatants;a=The military;alt=the army's Western Mindanao Command]]. "
    "[[About 400 families|displaced;a=the municipal disaster risk reduction office]] fled to the town centre, the municipal disaster risk reduction office said. "
    "[[About 150 families|returned]] went back to their villages on Monday.",
)

F(
    "Residents hold soldiers in El Plateado, army says",
    "[[Twenty-eight soldiers|kidnapped;a=the army]] were held by residents in El Plateado, Cauca, on Sunday after an operation against FARC dissidents, the army said, calling it a kidnapping. "
    "The Ombudsman's Office said [[about 300 people|other;a=The Ombudsman's Office]] had surrounded the troops. "
    "Fighting in the area has displaced [[more than 1,500 people|displaced;a=the office;alt=The Ombudsman's Office]] since {{October}}, the office said.",
)

F(
    "Glide bomb hits Kharkiv apartment block",
    "A Russian glide bomb struck a {{nine-storey}} apartment block in Kharkiv's Saltivskyi district on Friday, killing [[seven people|killed;a=the regional governor]] and injuring [[47|injured;a=the regional governor]], the regional governor said. "
    "[[About 30 apartments|housing;a=the city's mayor]] were destroyed and [[about 120 residents|displaced;a=the city's mayor]] were moved to a temporary shelter in a school, the city's mayor said. "
    "[[Two people|missing;a=rescuers]] are believed to be still under the rubble, rescuers said.",
)

F(
    "Strikes level buildings in Beirut's southern suburbs overnight",
    "Israeli strikes levelled [[18 buildings|housing;a=the state-run National News Agency]] in Haret Hreik and Burj al-Barajneh overnight, after warnings issued at {{10:30 pm}}, the state-run National News Agency reported. "
    "The health ministry said [[four people|killed;a=The health ministry]] were killed and [[23|injured;a=The health ministry]] wounded. "
    "A municipal official said [[about 200 families|displaced;a=A municipal official]] who had come back to the area after an earlier wave of strikes had fled again.",
)

F(
    "Aid reaches coastal villages after the killings",
    "The Syrian Arab Red Crescent said it had delivered food baskets to [[1,500 families|aid;a=The Syrian Arab Red Crescent]] in villages around Jableh and Baniyas. "
    "Residents said [[about 9,000 people|displaced;a=Residents]] had sought refuge at the Russian air base at Hmeimim during the violence. "
    "[[About 6,000 of them|returned;n=-]] have since gone home. "
    "A monitoring group said [[more than 700 civilians|killed;a=A monitoring group]] were killed in {{three days}}.",
)

F(
    "Duhok border villages empty under Turkish strikes",
    "[[Twelve villages|other;a=the mayor of Amedi]] in the Amedi district have been emptied of their residents since Turkish forces widened their operations against the PKK, the mayor of Amedi said. "
    "He said [[about 600 families|displaced;a=the mayor of Amedi]] had moved to Duhok and Zakho, and that shelling had set fire to {{about 400 hectares}} of orchards. "
    "Local officials estimate that [[about 2,000 Turkish troops|combatants;a=Local officials]] are now deployed at [[more than 60 outposts|other;a=Local officials]] inside the district.",
)

F(
    "Kadugli under siege: first aid convoy in months",
    "A convoy of [[25 trucks|aid;a=the state's humanitarian aid commission]] carrying food and medicine reached Kadugli on Thursday, the first to enter the town in {{five months}}, the state's humanitarian aid commission said. "
    "The commission said [[about 120,000 people|civilians;a=The commission;alt=the state's humanitarian aid commission]] were trapped in the town, among them [[about 40,000 displaced people|displaced;a=The commission;alt=the state's humanitarian aid commission]] who had fled fighting in the countryside. "
    "WFP said the food would feed [[35,000 people|aid;p;a=WFP]] for a month.",
)

F(
    "CODECO attack on displacement site in Djugu",
    "[[At least 51 people|killed;a=local civil society]] were killed when CODECO militiamen attacked the Plaine Savo displacement site in Djugu territory on the night of {{1 February}}, according to local civil society. "
    "Witnesses said the attackers, [[about 100 fighters|combatants;a=Witnesses]], burned [[about 800 shelters|housing;a=Witnesses]]. "
    "[[Some 5,000 displaced people|displaced;a=MONUSCO]] fled to a peacekeeping base nearby, MONUSCO said, and [[23 wounded|injured;a=MONUSCO]] were flown to Bunia.",
)

F(
    "Insurgents abduct women and children in Ancuabe",
    "Insurgents abducted [[a dozen women and children|kidnapped;n=women and children;a=residents]] and beheaded [[four men|killed;a=residents]] in Nanjua village, about {{30 km}} from the district town, residents said. "
    "The district administrator said [[about 3,200 people|displaced;a=The district administrator]] had fled to Ancuabe town, and that [[120 houses|housing;a=The district administrator]] were burned.",
)

F(
    "Cité Soleil massacre: rights group counts the dead",
    "[[At least 160 people|killed;a=the National Human Rights Defence Network (RNDDH)]], most of them elderly, were killed by members of the Wharf Jérémie gang in Cité Soleil over the weekend of {{6 and 7 December}}, the National Human Rights Defence Network (RNDDH) said. "
    "The group said [[about 3,000 residents|civilians;a=The group;alt=the National Human Rights Defence Network (RNDDH)]] remain trapped in the neighbourhood, which the gang controls, while [[about 1,100 people|displaced;a=The group;alt=the National Human Rights Defence Network (RNDDH)]] have fled to sites in Delmas.",
)

F(
    "Cyclone Remal: 760,000 moved to shelters on the coast",
    "[[About 760,000 people|displaced;a=the disaster management ministry]] were moved to [[8,900 cyclone shelters|capacity;a=the disaster management ministry]] in coastal districts before Cyclone Remal made landfall near Mongla on Sunday night, the disaster management ministry said. "
    "The storm damaged [[about 35,000 houses|housing;a=officials]] and killed [[at least 10 people|killed;a=officials]], officials said. "
    "Winds reached {{111 km/h}}. "
    "[[About 650,000|returned;a=the ministry;alt=the disaster management ministry]] had gone home by Tuesday, the ministry said.",
)

F(
    "Hatay: keys to new homes for quake survivors",
    "[[About 38,000 new homes|housing;a=the Environment, Urbanisation and Climate Change Ministry]] were handed over to quake survivors in Hatay on Saturday, {{two years}} after the earthquakes of {{February 2023}}, the Environment, Urbanisation and Climate Change Ministry said. "
    "It plans to deliver [[another 155,000|housing;p;u=structure;a=the Environment, Urbanisation and Climate Change Ministry]] across the quake zone by the end of the year. "
    "[[About 310,000 people|displaced;a=AFAD]] still live in container cities in the region, AFAD said.",
)

F(
    "Thessaly floods: villagers lifted from rooftops",
    "Helicopters and boats evacuated [[about 4,000 residents|displaced;a=the fire service]] from villages around Palamas and Karditsa, the fire service said, as the death toll rose to [[15|killed;a=the fire service]]. "
    "[[Three people|missing;a=police]] are still unaccounted for, police said. "
    "Metamorfosi, a village of [[about 300 people|civilians]], was still under {{2 metres}} of water.",
)

F(
    "Ischia landslide: Casamicciola residents evacuated",
    "[[About 230 people|displaced;a=the Campania regional civil protection]] were evacuated from homes below Monte Epomeo in Casamicciola Terme, the Campania regional civil protection said. "
    "[[Twelve people|killed]] died, among them [[three children|killed]], when mud swept through the town at about {{5 am}}. "
    "Rescuers said [[about 30 buildings|housing;a=Rescuers]] had been buried or damaged. "
    "[[About 50 of the evacuees|returned]] were allowed back into their homes on Tuesday.",
)

F(
    "Acapulco after Otis: shelters empty, homes roofless",
    "The Guerrero civil protection office said [[about 250,000 homes|housing;a=The Guerrero civil protection office]] were damaged when Hurricane Otis struck Acapulco with winds of {{270 km/h}}. "
    "[[About 1,500 people|displaced;a=the office;alt=The Guerrero civil protection office]] remain in [[12 shelters|capacity;a=the office;alt=The Guerrero civil protection office]], the office said. "
    "The Welfare ministry said it had given food packages to [[about 180,000 households|aid;a=The Welfare ministry]].",
)

F(
    "Lahaina survivors still in hotels a year after the fire",
    "[[About 5,200 survivors|displaced;a=Maui County]] are still living in hotels and short-term rentals, Maui County said. "
    "The fire of {{August 8, 2023}} destroyed [[about 2,100 structures|housing]] in Lahaina. "
    "[[About 1,100 residents|returned]] have moved back into homes in the part of town that did not burn. "
    "The state plans to move [[about 1,300 households|displaced;p;a=The state]] into [[450 modular units|capacity;p;a=The state]] at Kaʻanapali by spring.",
)

# ---- numbers, no figure

F(
    "Treasury sets aside KSh 2.1 billion for IDP resettlement",
    "The National Treasury has set aside {{KSh 2.1 billion}} in the {{2025/26}} budget to resettle people displaced in the {{2007-08}} post-election violence, {{17 years}} after the clashes, the Special Programmes Principal Secretary said. "
    "The allocation is {{12 percent}} lower than last year's. "
    "Payments first promised in {{2008}} are to be completed by {{June 30}}.",
)

F(
    "PMD warns of heavy monsoon rain from July 14",
    "The Pakistan Meteorological Department said heavy rain was expected from {{July 14}} to {{July 18}}, with up to {{150 mm}} in {{24 hours}} in Lahore and Sialkot. "
    "Temperatures in Sindh will stay near {{44C}}. "
    "Residents in low-lying areas can call the Provincial Disaster Management Authority's helpline on {{1129}}.",
)

F(
    "Court of Justice to hear Albania protocol case on October 8",
    "The Court of Cassation referred the case to the European Court of Justice under {{Article 267}} of the treaty, and the hearing is set for {{8 October}} at {{9:30}}. "
    "The protocol was signed in {{November 2023}} and ratified by parliament in {{February 2024}}. "
    "Its cost has risen to {{€670 million}} over {{five years}}, {{20%}} more than first planned.",
)

F(
    "Hurricane season starts with forecasters predicting a busy year",
    "The Atlantic hurricane season runs from {{June 1}} to {{November 30}}, and forecasters put the chance of an above-normal season at {{60%}}. "
    "Residents of Zone A, which covers areas less than {{10 feet}} above sea level, can check their evacuation zone by calling {{727-555-0143}}. "
    "The county's {{2025}} guide will be mailed in the {{second}} week of {{June}}.",
)

F(
    "Evacuation train from the Donetsk region now leaves from Pavlohrad",
    "From {{Monday}}, the daily evacuation train will leave from Pavlohrad at {{14:20}}, {{80 km}} further west than before, Ukrzaliznytsia said. "
    "Passengers from Pokrovsk and Myrnohrad can reach Pavlohrad on bus {{route 117}}. "
    "The journey to Lviv takes {{about 19 hours}}, and the hotline is {{0 800 503 111}}.",
)

F(
    "Kashmiri Pandits mark 35 years since the exodus",
    "Kashmiri Pandit groups in Jammu marked {{January 19}}, the {{35th}} anniversary of the exodus of {{1990}}, with a prayer meeting at a temple. "
    "A {{78-year-old}} retired teacher who left Srinagar {{aged 43}} said he had gone back only {{twice}}, in {{2003}} and {{2019}}.",
)
