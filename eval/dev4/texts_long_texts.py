"""dev4 texts: long texts, headlines inside the text, translated local news.

Imported by build.py in order; each F(...) adds one text to the set. Split from build.py, unchanged.
"""

from figset import F

# ====================================================================== long texts, headlines inside the text, translated local news

F(
    "Bunia camp attack: machetes, fire and a count of the missing",
    "CODECO militiamen attacked the Plaine Savo displacement site before dawn, killing [[at least 60 people|killed;a=the site's committee]], the site's committee said. "
    "Another [[43|injured;a=the Red Cross]] were taken to the hospital in Bule, according to the Red Cross, and [[about 30|missing;a=the committee;alt=the site's committee]] are still unaccounted for, the committee said. "
    "The site had hosted [[some 24,000 displaced people|displaced]], most of whom have now fled toward Bule, and [[roughly 1,000 makeshift shelters|housing]] were burned. "
    "The UN mission said it had sent a company of [[150 Bangladeshi peacekeepers|combatants;a=The UN mission]] to secure the area.",
)

F(
    "Kherson river crossing: villagers brought out by boat",
    "Over the course of a long week, in which Russian drones hunted anything that moved on the roads of the right bank and the last bus route to the city was suspended, volunteers from a small charity in Kherson made repeated night trips across the Dnipro backwaters in [[four motorboats|other]], and by {{Sunday}} they had brought out [[126 residents|displaced;a=the charity's coordinator]], most of them pensioners, the charity's coordinator said. "
    "[[Two volunteers|injured;a=the charity's coordinator]] were wounded, she said, and [[about 40 people|civilians;a=the charity's coordinator]] on the islands still refuse to leave.",
)

F(
    "Sudan's El Geneina revisited: the displaced who went to Adre will not come back",
    "More than a year after the killings in El Geneina, which a UN panel said left [[between 10,000 and 15,000 people|killed;a=a UN panel]] dead, the town's Masalit community remains in Chad. "
    "Of the [[roughly 600,000 Sudanese|displaced;a=UNHCR]] now in camps around Adre, according to UNHCR, only [[several hundred|returned;a=UNHCR]] have gone back. "
    '"Who would go back?" asked a teacher in Ourang camp, one of [[14 camps|capacity]] and sites in eastern Chad, where [[about 150,000 people|displaced]] live.',
    [],
)

F(
    "Translated from Pashto: Kurram road closure leaves villages cut off",
    "The Kurram district administration has informed that due to the closure of the Thall-Parachinar road for the last {{three months}}, [[nearly 400,000 residents|civilians;a=The Kurram district administration]] of the district are facing shortage of food and medicine. "
    "According to the administration, [[more than 100 people|killed;a=the administration;alt=The Kurram district administration]] have lost their lives in the sectarian clashes, and [[about 2,000 families|displaced;a=the administration;alt=The Kurram district administration]] have shifted to Hangu and Peshawar. "
    "A convoy of [[60 vehicles|aid]] carrying food items reached Parachinar on {{Saturday}} under the security of [[about 1,000 FC personnel|combatants]].",
    [],
)

F(
    "Darfur ceasefire hopes fade: 'we counted 9,000 pickups'",
    "In a report released on {{Thursday}}, the Yale Humanitarian Research Lab said it had identified [[about 9,000 RSF vehicles|other;a=the Yale Humanitarian Research Lab]] massed around El Fasher in satellite imagery, and estimated that [[at least 20,000 fighters|combatants;a=the Yale Humanitarian Research Lab]] took part in the final assault. "
    "The lab also counted [[more than 150 burned structures|housing;a=The lab;alt=the Yale Humanitarian Research Lab]] in the Abu Shouk camp.",
    [],
)

F(
    "Rohingya boat arrivals in Aceh: hundreds land, dozens missing",
    "Two wooden boats carrying [[more than 400 Rohingya refugees|displaced;a=local fishermen]] landed on the coast of Aceh on {{Monday}}, local fishermen said, after weeks at sea. "
    "UNHCR said [[as many as 180 people|missing;a=UNHCR]] were feared missing from a third boat that sank in {{December}}, and that local residents had pushed [[one boat|other;a=UNHCR]] back to sea.",
    [],
)

F(
    "Tripoli: detained migrants freed after raid, others deported",
    "Libyan authorities released [[about 250 migrants|arrested;a=the Department for Combating Illegal Migration]] from the Abu Salim detention centre after a court order, the Department for Combating Illegal Migration said, and deported [[160 Nigerians|returned;a=the Department for Combating Illegal Migration]] on a chartered flight to Lagos. "
    "IOM said it had helped [[more than 16,000 migrants|returned;a=IOM]] return voluntarily from Libya to their countries this year.",
)

F(
    "Congo army and Wazalendo push into Masisi, thousands return",
    "[[More than 5,000 Wazalendo fighters|combatants;a=a Wazalendo spokesman]] have joined the army's push toward Masisi, a Wazalendo spokesman said, claiming they had taken back [[six localities|other;a=a Wazalendo spokesman]]. "
    "In the areas retaken, [[about 7,000 households|returned;a=civil society leaders]] have already gone home, civil society leaders said, but [[at least 23 civilians|killed;a=civil society leaders]] were killed in reprisals by retreating rebels, they said.",
)

F(
    "Headline: 40,000 flee Kalehe clashes; aid agencies scramble",
    "Clashes in Kalehe send [[40,000|displaced]] fleeing to Minova. "
    "[[About 40,000 people|displaced;a=OCHA]] have fled fighting in Kalehe territory toward Minova and Goma since {{Wednesday}}, OCHA said, and [[an estimated 12,000|displaced;a=OCHA]] are sleeping in churches and [[eight schools|capacity;a=OCHA]]. "
    "Aid agencies said they had distributed [[3,200 emergency kits|aid;a=Aid agencies]] and were trucking water to [[about 18,000 people|aid;a=Aid agencies]], while [[some 150 children|missing;a=Aid agencies]] had been separated from their families.",
)

F(
    "Live: Sumy border evacuations",
    "{{08:20}} – Regional governor: [[1,150 people|displaced;a=Regional governor]] evacuated from border communities in the past {{24 hours}}, [[212|displaced;a=Regional governor]] of them children. "
    "{{09:05}} – Police say [[three civilians|killed;a=Police]] were killed when a guided bomb hit a house in Krasnopillia. "
    "{{11:30}} – The governor says [[about 6,000 residents|civilians;a=The governor;alt=Regional governor]] still live within the {{10-kilometre}} zone. "
    "{{13:45}} – Volunteers report [[two minibuses|other;a=Volunteers]] hit by drones on the Sumy road; [[four|injured;a=Volunteers]] hurt. "
    "{{15:10}} – The ministry of reintegration says [[more than 17,000 people|displaced;a=The ministry of reintegration]] have left the region since {{March}}.",
)

F(
    "Afghan families deported from Pakistan settle in Nangarhar desert camp",
    "[[Some 4,000 returnee families|returned;a=the provincial refugee department]] deported from Pakistan now live in tents on the Omari camp outside Jalalabad, the provincial refugee department said, and [[more than 1,000 new returnees|returned;a=the provincial refugee department]] arrive each day through Torkham. "
    "The camp, set up for [[500 families|capacity;a=the department;alt=the provincial refugee department]], has [[20 latrines|other;a=the department;alt=the provincial refugee department]], the department said. "
    "The Norwegian Refugee Council said it had given cash to [[about 2,300 households|aid;a=The Norwegian Refugee Council]].",
)

F(
    "Ethiopia-Sudan border: Sudanese refugees and Ethiopian returnees at Metema",
    "At Metema, UNHCR registered [[about 2,400 Sudanese refugees|displaced;a=UNHCR]] in the first week of {{May}}, and [[more than 9,000 Ethiopian returnees|returned;a=UNHCR]] who had lived in Sudan crossed home over the same period, UNHCR said. "
    "Fano militiamen abducted [[around 20 refugees|kidnapped;a=a camp leader]] from the Kumer camp last month, a camp leader said, and [[two|killed;a=a camp leader]] were killed in an attack on the camp. "
    "[[More than 8,000 refugees|displaced;a=the agency;alt=UNHCR]] left Kumer on foot to protest against insecurity, the agency said.",
)

F(
    "Burkina Faso: IDP count frozen, but NGOs see more than 2 million",
    "Burkina Faso's government has not published displacement figures since {{March 2023}}, when it counted [[2,062,534 internally displaced persons|displaced;a=Burkina Faso's government]], but aid groups estimate the number at [[well over 2 million|displaced;a=aid groups]]. "
    "[[More than 40 towns|other;a=the Norwegian Refugee Council]] are under blockade by armed groups, with [[about 1 million people|civilians;a=the Norwegian Refugee Council]] living in them, the Norwegian Refugee Council said.",
    [],
)

F(
    "Lake Chad: soldiers missing after jihadist raid on Barkaram base",
    "[[Between 30 and 40 soldiers|missing;a=a military source]] were missing after ISWAP fighters overran the Barkaram base on the Lake Chad shore, a military source said, while the army said [[17 soldiers|killed;a=the army]] had been killed. "
    "The source said the attackers, [[up to 300 fighters|combatants;a=The source;alt=a military source]] in [[about 20 canoes|other;a=The source;alt=a military source]], had also seized [[a dozen soldiers|kidnapped;a=The source;alt=a military source]] and taken them to the islands.",
)

F(
    "Mocimboa return convoys: government plans second phase",
    "The provincial government plans to move [[up to 15,000 displaced people|returned;p;a=The provincial government]] back to Mocimboa da Praia and Palma by {{December}}, following the [[8,000 to 10,000|returned;a=The provincial government]] who went back in the first phase, and has asked for [[1,500 more troops|combatants;p;a=The provincial government]] to secure the roads. "
    "[[Around 14,000 people|displaced]] remain in the Metuge camps, and [[at least 60 people|missing]] from Quissanga have not been heard of since an attack in {{March}}.",
)

F(
    "Aftermath of Boko Haram raid on Mafa: families search for relatives",
    "[[Dozens of villagers|missing;a=residents]] are still missing after Boko Haram fighters raided Mafa on {{Friday}} night, residents said, and [[between 200 and 300 families|displaced;a=residents]] fled to Maiduguri. "
    "The state government said [[37 people|killed;a=The state government]] were killed and [[more than 50 shops|housing;a=The state government]] were burned, and that it had deployed [[about 400 hunters and vigilantes|combatants;a=The state government;n=hunters and vigilantes]].",
)
