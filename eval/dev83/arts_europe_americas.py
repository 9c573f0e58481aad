"""dev83 articles: Europe and the Americas (Ukraine, Karabakh, Haiti, Colombia, Mexico,
Venezuela, Ecuador)."""

from _wrap import item

item(
    "Russian missile strike on Kyiv kills at least 23",
    """A Russian missile and drone attack on Kyiv overnight killed [[at least 23
    people|killed;a=officials]], including [[four children|killed;a=officials]], and injured
    [[more than 130|injured;a=officials]], officials said on Thursday, one of the deadliest
    attacks on the capital since the full-scale invasion in {{February 2022}}. Ukraine's air
    force said Russia had launched [[440 drones|other;a=Ukraine's air force]] and [[32
    missiles|other;a=Ukraine's air force]] at the country overnight. Kyiv mayor Vitali Klitschko
    said [[more than 100 buildings|housing;a=Kyiv mayor Vitali Klitschko]] had been damaged
    across the city. [[Nine people|missing;a=the State Emergency Service]] were still missing
    under the rubble of a {{nine-storey}} block in the Sviatoshynskyi district, the State
    Emergency Service said. President Volodymyr Zelensky said Russia had fired [[about 2,600
    drones|other;a=President Volodymyr Zelensky]] at Ukraine in the past week alone. The UN human rights monitoring
    mission in Ukraine says [[more than 12,900 civilians|killed;a=The UN human rights monitoring
    mission in Ukraine]] have been killed since the invasion began.""",
)

item(
    "Ukraine orders families with children to leave Pokrovsk as Russian forces advance",
    """Ukrainian authorities ordered the mandatory evacuation of families with children from
    Pokrovsk and nearby villages on Monday as Russian forces advanced to within {{8 km}} of the
    eastern city. Donetsk regional governor Vadym Filashkin said [[53,000
    people|civilians;a=Donetsk regional governor Vadym Filashkin]], including [[1,076
    children|civilians;a=Donetsk regional governor Vadym Filashkin]], remained in the Pokrovsk
    district. Before the war, the city had [[about 60,000 residents|civilians]]. [[More than
    10,000 people|displaced;a=the regional administration]] have left the district in the past
    month, according to the regional administration. Russian shelling of Pokrovsk killed [[two
    people|killed;a=Filashkin]] and wounded [[11|injured;a=Filashkin]] on Sunday, Filashkin said.
    Oleksandr Syrskyi, Ukraine's commander-in-chief, said Russia had concentrated [[about 70,000
    troops|combatants;a=Oleksandr Syrskyi]] on the Pokrovsk front. The city is a logistics hub
    whose coking coal mine supplies Ukraine's steel industry. The UN refugee agency says [[about
    3.7 million Ukrainians|displaced;a=The UN refugee agency]] are displaced inside the country
    and [[6.8 million|displaced;a=The UN refugee agency]] are refugees abroad.""",
)

item(
    "Russia and Ukraine swap hundreds of prisoners of war",
    """Russia and Ukraine each freed [[390 prisoners|other]] of war on Friday in the first stage
    of what both sides called the largest swap of the war, agreed at talks in Istanbul.
    Ukrainian President Volodymyr Zelensky said [[270 soldiers|other;a=Ukrainian President
    Volodymyr Zelensky]] and [[120 civilians|other;a=Ukrainian President Volodymyr Zelensky]]
    were among those freed by Russia. The two sides plan to exchange [[1,000
    prisoners|other;p;a=Russia's defence ministry]] each over {{three days}}, Russia's defence
    ministry said. Ukraine's coordination headquarters for prisoners of war says [[more than 8,000
    Ukrainians|arrested;a=Ukraine's coordination headquarters for prisoners of war]] are held in
    Russian captivity. Since {{2022}}, [[more than 4,500 Ukrainians|other;a=the
    headquarters;alt=Ukraine's coordination headquarters for prisoners of war]] have been freed
    in [[63 exchanges|other;u=other;a=the headquarters;alt=Ukraine's coordination headquarters
    for prisoners of war]], according to the headquarters. Russia also handed over [[6,000
    bodies|killed;a=Kyiv]] of Ukrainian soldiers under the deal, Kyiv said. Families of the
    missing gathered outside the headquarters in Kyiv with photographs, hoping for news.""",
)

item(
    "Karabakh Armenians flee en masse after Azerbaijan's offensive",
    """[[More than 100,000 people|displaced;a=the Armenian government]] have fled
    Nagorno-Karabakh into Armenia since Azerbaijan retook the region in a {{24-hour}} offensive
    last week, the Armenian government said on Saturday, out of a population of [[about
    120,000|civilians;a=the Armenian government]]. Armenia's health ministry said [[at least 170
    people|killed;a=Armenia's health ministry]] had been killed and [[more than
    290|injured;a=Armenia's health ministry]] injured in an explosion at a fuel depot near
    Stepanakert on Monday as people queued for petrol to flee. [[About 100
    people|missing;a=Armenia's health ministry]] are still missing, it said. Azerbaijan's
    prosecutor general said [[192 Azerbaijani soldiers|killed;a=Azerbaijan's prosecutor
    general]] were killed during the offensive. Karabakh's separatist authorities said [[about
    200 people|killed;a=Karabakh's separatist authorities]], including [[10
    civilians|killed;a=Karabakh's separatist authorities]], were killed on their side. Armenia
    has set up [[dozens of reception points|capacity]] along the road from the Lachin corridor.
    The UN refugee agency said it was preparing for the arrival of [[up to 120,000
    refugees|displaced;p;a=The UN refugee agency]].""",
)

item(
    "Gang massacre in central Haiti kills dozens, UN says",
    """Gang members armed with automatic rifles killed [[at least 70 people|killed;a=the UN
    human rights office]] in an attack on the town of Petite-Rivière in Haiti's Artibonite
    region, the UN human rights office said on Friday. They included [[10 women|killed;a=the UN
    human rights office]], it said. The
    gang also set fire to [[at least 45 homes|housing;a=the office;alt=the UN human rights
    office]] and [[34 vehicles|other;a=the office;alt=the UN human rights office]], the office
    said. [[More than 6,200 people|displaced;a=the International Organization for Migration]]
    fled the area, according to the International Organization for Migration, most to the
    nearby town of Saint-Marc, where [[about 1,000|displaced;a=the International Organization for
    Migration]] are sheltering in [[three schools|capacity;a=the International Organization for
    Migration]]. The gang's leader said in a video that his men had attacked the town because
    residents supported a self-defence group. Haiti's gangs control {{about 85%}} of the capital,
    Port-au-Prince, and [[more than 700,000 people|displaced;a=the UN]] have been displaced
    nationwide, the UN says. A Kenyan-led multinational force of [[about 400 police
    officers|combatants]] has been deployed since June, far short of [[the 2,500|combatants;p]]
    planned.""",
)

item(
    "Thousands of inmates escape as gangs storm Haiti's main prisons",
    """[[About 3,700 inmates|other;a=officials]] escaped from Haiti's National Penitentiary in
    Port-au-Prince over the weekend after armed gangs stormed it, officials said. Journalists who
    visited the prison on Sunday found its gates open and [[at least three bodies|killed]] at the
    entrance. A second prison, in Croix-des-Bouquets, held [[about 1,400 inmates|arrested]], most
    of whom also fled. [[At least 12 people|killed;a=the national police union]] were killed in
    the attacks, including [[four police officers|killed;a=the national police union]], the
    national police union said. The government declared a {{72-hour}} state of emergency and a
    curfew from {{6pm}} to {{5am}}. Gang leaders said the attacks were meant to topple the prime
    minister, who was abroad. The International Organization for Migration said [[more than
    15,000 people|displaced;a=The International Organization for Migration]] had fled their homes
    in the capital in the past week. The UN says gangs killed [[more than 4,000
    people|killed;a=The UN]] in Haiti last year and kidnapped [[nearly 3,000|kidnapped;a=The
    UN]].""",
)

item(
    "Colombia declares emergency as guerrilla clashes displace thousands in Catatumbo",
    """Fighting between the ELN guerrilla group and dissidents of the former FARC rebels in
    Colombia's Catatumbo region has forced [[more than 32,000 people|displaced;a=the Ombudsman's
    Office]] from their homes in {{five days}}, the Ombudsman's Office said on Sunday. It said
    [[another 5,000 people|civilians;a=the Ombudsman's Office]] were confined to their
    communities by the fighting, unable to reach their fields. [[At least 80
    people|killed;a=the regional governor]] have been killed, including a family with a
    {{10-month-old}} baby, the regional governor said. Many of the displaced reached Cúcuta,
    where authorities have set up [[11 shelters|capacity]] in sports halls and schools, while
    [[about 1,000|displaced]] crossed the border into Venezuela. The army said it had evacuated
    [[more than 700 people|displaced;a=The army]] by helicopter. President Gustavo Petro suspended
    peace talks with the ELN, which he accused of war crimes, and ordered [[5,000
    soldiers|combatants;p]] to the area. The ELN has [[about 6,000 fighters|combatants;a=military
    intelligence]], according to military intelligence. Catatumbo, which borders Venezuela, is
    Colombia's largest coca-growing area, with about {{43,000 hectares}} of the crop.""",
)

item(
    "Sinaloa cartel infighting leaves hundreds dead in Culiacán",
    """A war between rival factions of the Sinaloa cartel has killed [[more than 500
    people|killed;a=the state prosecutor's office]] in and around Culiacán since {{September 9}},
    according to the state prosecutor's office. [[About 600 people|missing;a=the office;alt=the
    state prosecutor's office]] have been reported missing over the same period, the office
    said. The fighting erupted after the arrest in the United States of a founder of the cartel,
    who said he had been kidnapped and flown across the border. The federal government has sent
    [[more than 2,200 soldiers and National Guard troops|combatants;n=soldiers and National Guard
    troops]] to the state. It says they have arrested [[about 400 suspects|arrested;a=The federal
    government]] and seized [[more than 1,000 firearms|other;a=The federal government]]. The
    state education ministry said [[some 120 schools|other;a=The state education ministry]] in
    the city remained shut. Gunmen have torched [[dozens of vehicles|other]] and blocked roads,
    and many shops close by {{6pm}}. Mexico recorded [[more than 30,000 homicides|killed;a=official
    data]] in {{2023}}, according to official data.""",
)

item(
    "Venezuela releases detained protesters as rights groups count toll",
    """Venezuelan authorities released [[about 130 people|arrested;a=the rights group Foro
    Penal]] detained in protests after July's disputed presidential election, the rights group
    Foro Penal said on Saturday. Foro Penal said [[more than 1,800 political
    prisoners|arrested;a=Foro Penal]] remain in custody, including [[about 70
    teenagers|arrested;a=Foro Penal]]. Attorney General Tarek William Saab said in August that
    [[more than 2,200 people|arrested;a=Attorney General Tarek William Saab]] had been arrested
    for what he called acts of terrorism. [[At least 25 people|killed;a=the government and rights
    groups]] were killed in the protests, [[two of them|killed;n=-;a=the government and rights
    groups]] soldiers, according to the government and rights groups. The electoral council
    declared President Nicolás Maduro the winner with {{52%}} of the vote, but the opposition
    published tallies from {{more than 80%}} of polling stations showing its candidate, Edmundo
    González, had won by a wide margin. González, {{75}}, fled to Spain in September. The UN
    estimates that [[7.7 million Venezuelans|displaced;a=The UN]] have left the country since
    {{2014}}.""",
)

item(
    "Ecuador prison riot leaves dozens of inmates dead",
    """Fighting between rival gangs at a prison in the Ecuadorean port city of Guayaquil killed
    [[at least 31 inmates|killed;a=SNAI]], SNAI, Ecuador's prison service, said on Wednesday.
    Police said [[six of the victims|killed;a=Police]] had been beheaded. [[At least 14
    people|injured;a=police]] were wounded, [[two of them|injured;n=-;a=police]] guards, police
    said. Soldiers and police regained control of the prison, which holds [[about 6,000
    inmates|arrested]], early on Thursday after an operation involving [[800 to 900
    officers|combatants]]. Ecuador's prisons have been the scene of repeated massacres since
    {{2021}}, when [[more than 300 inmates|killed;a=the government]] were killed in riots,
    according to the government. President Daniel Noboa declared an "internal armed conflict"
    against the gangs in {{January 2024}} and put the army in charge of the prisons. Rights
    groups say [[more than 40 inmates|killed;a=Rights groups]] have since died in custody, many of
    them of tuberculosis or malnutrition.""",
)

item(
    "Colombia marks eight years since FARC peace deal with implementation lagging",
    """Colombia marked {{eight years}} since the signing of its peace agreement with the FARC
    guerrillas on {{November 24}}, with a report finding that only {{a third}} of its
    commitments had been fully met. The Kroc Institute at the University of Notre Dame, which
    monitors the deal, said in its {{ninth report}} that rural reform had advanced slowest, at
    {{18%}}. The government has budgeted {{150 billion pesos}} ({{$34 million}}) for land
    titling in {{2025}}, up {{12%}} on the previous year. The agreement, signed in Havana and
    renegotiated after voters rejected the first version by {{50.2%}} to {{49.8%}} in a
    referendum in {{October 2016}}, ended a conflict of more than {{five decades}}. The special
    peace tribunal set up under the deal has a mandate that runs until {{2033}}. Its president,
    {{61}}, said on Sunday that the tribunal would issue its first sentences within {{six
    months}}.""",
)
