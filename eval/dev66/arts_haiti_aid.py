"""dev66 items: Haiti (2022-2025): people displaced by the gangs and their sites, the
Multinational Security Support mission and the Gang Suppression Force, people in need, hunger,
schools and hospitals closed, aid, deportations from the Dominican Republic and the US.

Marks: [[span|category;a=source;alt=...;u=unit;n=noun;p]] is a figure, {{span}} a negative
(eval/figset/marks.py).
"""

from figset import F

F(
    "Displacement in Haiti passes one million",
    "IOM said on {{Wednesday}} that [[more than 1 million people|displaced;a=IOM]] were now displaced inside Haiti, three times as many as in {{December 2023}}. "
    "[[Some 238,000|displaced;a=the agency;alt=IOM]] of them live in [[142 displacement sites|capacity;a=the agency;alt=IOM]] in the capital, the agency said, most of them schools and churches. "
    "[[Between 3,000 and 4,000 people a week|displaced;a=IOM]] were displaced in {{May}}, it said.",
)

F(
    "First Kenyan police land in Port-au-Prince",
    "The {{first}} [[400 Kenyan police officers|combatants]] of the Multinational Security Support mission landed in Port-au-Prince on {{25 June}}, {{nine months}} after UN Security Council {{Resolution 2699}} authorised the force. "
    "Kenya plans to send [[1,000 officers|combatants;p;a=Kenya]] in all, and Jamaica, the Bahamas and Belize have offered [[about 330 more|combatants;p;n=-]].",
)

F(
    "Security mission stays short of its strength",
    "{{A year}} after its arrival, the mission had [[fewer than 1,000 personnel|combatants;a=Godfrey Otunge]] on the ground, its commander, Godfrey Otunge, told reporters, against the [[2,500|combatants;p;a=Godfrey Otunge]] planned. "
    "[[About 750|combatants;a=Godfrey Otunge]] of them are Kenyan, and [[some 150|combatants;a=Godfrey Otunge]] come from Guatemala, El Salvador and Jamaica, he said.",
)

F(
    "Council backs larger force against gangs",
    "The UN Security Council voted on {{30 September 2025}} to turn the Kenyan-led mission into a Gang Suppression Force of [[up to 5,550 personnel|combatants;p]] with a {{12-month}} mandate, under {{Resolution 2793}}. "
    "Diplomats said [[about 1,000 officers|combatants;a=Diplomats]] were in Haiti when the vote took place.",
)

F(
    "Haiti appeal seeks help for millions",
    "[[5.5 million people|civilians;a=OCHA]], nearly half of Haiti's population, need humanitarian assistance this year, OCHA said as it launched a {{$908 million}} appeal. "
    "Aid agencies plan to reach [[3.9 million|aid;p;a=Aid agencies]] of them, including [[about 700,000 displaced people|aid;p;a=Aid agencies]] and [[3 million children|aid;p;a=Aid agencies]], it said.",
)

F(
    "Hunger deepens in Haitian displacement sites",
    "[[5.7 million Haitians|civilians;a=the Integrated Food Security Phase Classification]] face acute food insecurity at {{Phase 3}} or worse, the Integrated Food Security Phase Classification said on {{Thursday}}, [[nearly 2 million|civilians;a=the Integrated Food Security Phase Classification]] of them at the emergency level. "
    "[[Some 8,400 people|civilians]] living in displacement sites in the capital are in famine-like conditions, the worst in the Americas since the IPC began reporting on Haiti in {{2012}}.",
)

F(
    "Schools shut across the West department",
    "UNICEF said [[more than 900 schools|other;a=UNICEF]] had closed in the West department because of gang violence, leaving [[about 200,000 children|civilians;a=UNICEF]] out of class. "
    "[[At least 47 schools|housing;a=the agency;alt=UNICEF]] were attacked, looted or burned since {{January}}, the agency said, and [[some 80|capacity;u=structure;a=the agency;alt=UNICEF]] are being used as shelters by displaced families.",
)

F(
    "Dominican Republic steps up deportations",
    "The Dominican Republic deported [[more than 276,000 Haitians|returned;a=the IOM]] in {{2024}}, according to the IOM, and the government said in {{October}} it would send back [[up to 10,000 people a week|returned;p;a=the government]]. "
    "[[About 3,600 deportees|returned;a=Haitian officials]] crossed at Ouanaminthe on a single day, Haitian officials said.",
)

F(
    "Deportation flight lands in Cap-Haitien",
    "A US Immigration and Customs Enforcement flight carrying [[52 deportees|returned;a=the National Migration Office]] landed in Cap-Haïtien on {{Tuesday}}, the National Migration Office said, [[11 of them|returned;a=the National Migration Office;n=-]] children. "
    "The office said [[about 140 returnees|returned;a=The office;alt=the National Migration Office]] had arrived by air that month.",
)

F(
    "Half of capital's hospitals out of service",
    "[[Only 22|other;u=structure;a=the World Health Organization]] of the [[39 hospitals|other;a=the World Health Organization]] in the metropolitan area were functioning in {{March}}, the World Health Organization said. "
    "The University Hospital of the State of Haiti, the country's largest, closed after gangs occupied it, and [[two more health centres|other]] shut in Martissant.",
)

F(
    "WFP feeds displaced families in the capital",
    "The World Food Programme said it had served [[more than 1.2 million hot meals|aid;a=The World Food Programme]] to [[about 92,000 displaced people|aid;a=The World Food Programme]] in Port-au-Prince since {{March}}. "
    "It also gave cash to [[18,500 families|aid]] in the Artibonite, where the gangs have cut off {{Route 1}}, and plans to send [[up to 20 trucks a week|aid;p;a=The World Food Programme]] north.",
)

F(
    "Displaced families crowd Lycee Marie-Jeanne",
    "[[About 3,000 people|displaced;a=site managers]] sleep in the classrooms and courtyard of the Lycée Marie-Jeanne, site managers said, sharing [[eight toilets|aid;u=other]]. "
    "UNICEF installed [[12 latrines|aid]] and [[four water tanks|aid;u=other]] there in {{May}} and handed out [[450 hygiene kits|aid]].",
)

F(
    "Residents return to Carrefour-Feuilles",
    "[[About 20,000 people|returned;a=IOM]] have gone back to Carrefour-Feuilles since police retook the area, IOM said on {{Friday}}. "
    "[[Some 6,000|displaced;a=IOM]] remain in sites in the commune of Port-au-Prince, it said, and [[at least 600 homes|housing;a=IOM]] there need to be rebuilt. "
    "In Fort-National alone, [[300 to 350 families|returned;a=the mayor]] have come back, the mayor said.",
)

F(
    "Foreigners evacuated from Port-au-Prince",
    "The State Department said [[more than 300 US citizens|displaced;a=The State Department]] had been flown out of Haiti on charter flights from Cap-Haïtien since {{17 March}}, and [[about 30|displaced;a=The State Department]] by helicopter from the capital. "
    "The European Union said it had evacuated [[some 70 staff|displaced;a=The European Union]] and relatives to Santo Domingo.",
)

F(
    "Haiti's army seeks recruits",
    "Haiti's armed forces have [[about 2,000 soldiers|combatants;a=the defence ministry]], the defence ministry said on {{Monday}}, and aim to recruit [[3,000 more|combatants;p;n=-;a=the defence ministry]] by {{2026}}. "
    "Applicants must be aged between {{18 and 25}} and have completed {{nine years}} of school.",
)

F(
    "Kenyan officer killed in Artibonite",
    "[[A Kenyan police officer|killed;v=1;q=exact;a=the mission]] serving with the security mission was killed and [[two others|injured;a=the mission]] were wounded in a gang ambush near Ségur-Savien on {{Sunday}}, the mission said. "
    "It was the {{first}} combat death suffered by the force since its deployment in {{June 2024}}.",
)

F(
    "Drone strikes by task force kill hundreds",
    "Drone strikes by a government task force killed [[at least 315 people|killed;a=the UN]] between {{March}} and {{June}}, the UN said in a quarterly report, among them [[eight children|killed;a=the UN]]. "
    "[[Hundreds of people|injured;a=the UN]] were wounded, it said.",
)

F(
    "Airlines halt flights to Haiti after jet is hit",
    "[[A flight attendant|injured;v=1;q=exact]] was grazed by a bullet when a passenger jet was hit by gunfire as it descended toward Port-au-Prince on {{11 November}}. "
    "[[Three aircraft|other;a=officials]] have been struck in {{a week}}, officials said, and US airlines suspended flights to the capital for {{30 days}}.",
)

F(
    "Haiti sets election date again",
    "Haiti's transitional presidential council said the first round of elections would take place on {{30 August 2026}}, {{eight years}} after the last vote, and that a constitutional referendum planned for {{2025}} was postponed. "
    "The council's mandate expires on {{7 February 2026}}, under the accord signed in {{April 2024}}.",
)

F(
    "Displaced people leave Tabarre site for the provinces",
    "IOM said [[more than 5,000 displaced people|displaced;a=IOM]] had taken buses from the capital to the Grand'Anse and the South in {{two weeks}}, escaping the violence that has closed {{Route 2}}. "
    "[[About 116,000 people|displaced;a=IOM]] fled the metropolitan area to the provinces between {{March}} and {{May}}, it said.",
)

F(
    "IOM hands out shelter kits in displacement sites",
    "IOM said it had distributed [[4,200 shelter kits|aid;a=IOM]] and [[some 9,000 hygiene kits|aid;a=IOM]] in [[between 40 and 50 sites|capacity;a=IOM]] across the capital since {{January}}. "
    "[[Up to 60,000 people|displaced]] live in the largest of them, a former government building in the city centre, where [[fewer than 100 toilets|aid;u=other]] serve the whole site.",
)
