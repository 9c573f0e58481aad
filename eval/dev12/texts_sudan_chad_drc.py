"""dev12 texts: Sudan, Chad, South Sudan; the DRC, the Great Lakes, Mozambique.

TEXTS = [(title, marked text), ...]; a third item, where present, lists extra negatives.
"""

TEXTS = [
    # ---------------------------------------------------------------- Sudan, Chad, South Sudan
    (
        "Chad: Adre transit site overwhelmed as Darfur arrivals surge",
        "UNHCR registered [[more than 14,000 new arrivals|displaced;a=UNHCR]] at the Adre border crossing in the {{first week}} of {{June 2024}}, UNHCR said. "
        "[[Another 3,000|displaced]] arrived on Tuesday alone, most of them women and children from El Geneina. "
        "The transit site was built for [[about 20,000 people|capacity]] but now holds [[over 150,000|displaced]].",
    ),
    (
        "Sudan: families return to Wad Madani after army retakes city",
        "[[Some 80,000 people|returned;a=the IOM]] have gone back to Wad Madani since the army retook the city in {{January 2025}}, the IOM said in a displacement update. "
        "Many found their homes looted; the agency counted [[about 4,200 houses|housing;a=the agency;alt=the IOM]] damaged in the city's eastern districts. "
        "[[Nearly 1.2 million people|civilians;a=OCHA]] in Al Jazirah state still need food assistance, according to OCHA.",
    ),
    (
        "Sudan: Zamzam camp residents trapped as RSF shells perimeter",
        "Shelling on the edge of Zamzam camp killed [[at least 11 people|killed;a=Medecins Sans Frontieres]], including [[four children|killed;a=Medecins Sans Frontieres]], Medecins Sans Frontieres said on {{December 2}}. "
        "The camp, {{15 km}} south of El Fasher, shelters [[an estimated 500,000 people|displaced;a=the charity;alt=Medecins Sans Frontieres]], the charity said, and [[tens of thousands|civilians;a=the charity;alt=Medecins Sans Frontieres]] cannot leave because the roads are held by fighters.",
    ),
    (
        "South Sudan: Renk transit centre holds five times its capacity",
        "The transit centre in Renk, designed for [[3,000 people|capacity;a=humanitarian workers]], is hosting [[more than 15,000 returnees and refugees|displaced;n=returnees and refugees;a=humanitarian workers]] who fled the war in Sudan, humanitarian workers said. "
        "IOM has provided onward transport by boat and bus to [[about 62,000 people|aid;a=IOM]] since {{May 2023}}, according to IOM.",
    ),
    (
        "Sudan: WFP convoy reaches Kadugli after months of blockade",
        "A convoy of [[22 trucks|aid;a=the World Food Programme]] carrying [[about 700 tonnes|aid;a=the World Food Programme]] of food reached Kadugli in South Kordofan, the World Food Programme said on {{Sunday}}, the first in {{five months}}. "
        "The food will feed [[roughly 60,000 people|aid;p;a=the World Food Programme]] for a month, it said. "
        "[[Hundreds of thousands of people|civilians]] in the Nuba Mountains are cut off by fighting between the army and the SPLM-N.",
    ),
    (
        "Chad: new camp opened in Ouaddai to decongest border",
        "Chadian authorities and UNHCR opened a new camp at Metche, the {{14th}} in the east of the country, to relocate [[50,000 refugees|displaced;p;a=Chadian authorities and UNHCR]] from spontaneous sites near the border, Chadian authorities and UNHCR said. "
        "[[Some 1,800 households|displaced]] were moved in the {{first two weeks}}. "
        "The camp has room for [[4,000 families|capacity]], and aid agencies have dug [[120 latrines|aid]] so far.",
    ),
    (
        "South Sudan: Malakal protection site population swells",
        "The population of the Malakal protection of civilians site rose to [[about 47,000|displaced;a=the UN mission]] in {{March 2024}}, the UN mission said, as returnees from Sudan who could not go home moved in. "
        "The site was laid out for [[12,000 people|capacity]]. "
        "[[Seven people|killed;a=camp leaders]] died in a fire in {{Sector 4}} last month, camp leaders said, and [[some 300 shelters|capacity;a=camp leaders]] burned.",
    ),
    (
        "Sudan: Port Sudan gathering sites host displaced from Khartoum",
        "Port Sudan now has [[62 gathering sites|capacity;a=the Red Sea state humanitarian aid commission]], mostly schools and government buildings, hosting [[around 240,000 displaced people|displaced;a=the Red Sea state humanitarian aid commission]], the Red Sea state humanitarian aid commission said. "
        "Classes in [[more than 40 schools|other;a=the commission;alt=the Red Sea state humanitarian aid commission]] have been suspended as a result, the commission added.",
    ),
    (
        "Chad: refugees in Farchana receive first cash transfers",
        "[[Nearly 9,500 refugee households|aid;a=the World Food Programme]] in Farchana camp received cash transfers of {{8,000 CFA francs}} per person this month, the World Food Programme said. "
        "WFP says it has money to assist only half of the [[910,000 refugees|displaced;a=WFP]] in eastern Chad.",
    ),
    (
        "South Sudan: returnees stranded at Joda border point",
        "[[Some 5,000 South Sudanese returnees|displaced;a=the Relief and Rehabilitation Commission]] are stranded at the Joda border point waiting for transport south, the Relief and Rehabilitation Commission said on {{April 9}}. "
        "Since the war in Sudan began, [[more than 700,000 people|displaced;a=the commission;alt=the Relief and Rehabilitation Commission]] have crossed into South Sudan, the commission said, {{about 80 percent}} of them South Sudanese who had lived in Sudan as refugees.",
    ),
    (
        "Sudan: thousands flee Sennar towns as fighting spreads",
        "Fighting around Singa forced [[about 55,000 people|displaced;a=the International Organization for Migration]] from their homes in {{three days}}, the International Organization for Migration said. "
        "Most walked towards Gedaref, a journey of more than {{150 kilometres}}. "
        "[[Up to 150,000|displaced;p;a=local officials]] could be displaced if the fighting reaches Sennar city, local officials warned.",
    ),
    (
        "Sudan: El Fasher hospital treats wounded after market strike",
        "Saudi Hospital in El Fasher received [[62 wounded|injured;a=the health ministry]] and [[19 bodies|killed;a=the health ministry]] after a drone struck the city's main market on {{Saturday}}, the health ministry said. "
        "It is the last functioning hospital in a city of [[some 800,000 residents|civilians]].",
    ),
    (
        "Chad: Sudanese children treated for malnutrition in Ourang",
        "Medical teams in Ourang camp admitted [[1,340 children|aid;a=Save the Children]] with severe acute malnutrition in {{May}}, Save the Children said, double the number in {{April}}. "
        "The camp holds [[more than 60,000 refugees|displaced]], and [[a further 400|displaced]] arrive every week.",
    ),
    (
        "South Sudan: flooding and fighting leave Upper Nile families without shelter",
        "Clashes in Nasir county have displaced [[an estimated 63,000 people|displaced;a=OCHA]] since {{early March}}, OCHA said in its latest situation report, [[about 10,000 of them|displaced;n=-;a=OCHA]] across the border into Ethiopia. "
        "Aid agencies have pre-positioned [[1,500 shelter kits|aid]] in Malakal but cannot reach Nasir by road.",
    ),
    (
        "South Sudan: Abyei residents flee after attack on Agok",
        "Gunmen attacked Agok in the disputed Abyei area, killing [[32 people|killed;a=local authorities]] and burning [[about 150 tukuls|housing;u=structure;a=local authorities]], local authorities said. "
        "[[Several thousand residents|displaced]] fled to Mijak and Wunrok. "
        "A peacekeeper was among the [[20 wounded|injured]].",
    ),
    (
        "Sudan: Kassala shelters full as Gezira displaced arrive",
        "All [[38 shelters|capacity;a=state authorities]] in Kassala town are full, state authorities said, after the arrival of [[roughly 17,000 people|displaced;a=state authorities]] from Gezira since {{December 18}}. "
        "Families are now sleeping in the open along the Gash riverbed, and the state has asked for [[5,000 tents|aid;p;a=the state;alt=state authorities]], the state said.",
    ),
    (
        "Chad: UNHCR registers Sudanese refugees in Tine",
        "Registration teams in Tine recorded [[8,300 refugees|displaced;a=UNHCR]] in {{10 days}}, [[of whom 5,100|displaced;n=-;a=UNHCR]] are children, UNHCR said. "
        "The refugees are being relocated to Kouchaguine-Moura, {{80 km}} from the border, at a pace of about [[600 people a day|displaced]].",
    ),
    (
        "Ethiopia: displaced people in Tigray start going home under Pretoria deal",
        "[[About 16,000 displaced people|returned;a=the Tigray interim administration]] went back to their villages in Tselemti and Tsegede in the {{first phase}} of returns, the Tigray interim administration said. "
        "[[Over 1 million|displaced;a=the administration;alt=the Tigray interim administration]] remain in camps and host communities in the region, the administration said.",
    ),
    (
        "Ethiopia: Amhara clashes push civilians into schools in Gondar",
        "[[Some 12,000 people|displaced;a=a city official]] displaced by fighting between government forces and Fano militia have taken refuge in [[nine schools|capacity;a=a city official]] in Gondar, a city official told Reuters. "
        "[[Three children|killed]] died of diarrhoea in one of the schools last week.",
    ),
    (
        "Ethiopia: Oromia returnees receive seed and tools",
        "The ICRC distributed seed and tools to [[4,600 returnee households|aid;a=The ICRC]] in western Oromia, The ICRC said, enough to plant about {{2,300 hectares}}. "
        "[[Hundreds of families|displaced]] who fled the fighting in Kiramu have not yet returned.",
    ),
    (
        "Somalia: Baidoa sites receive new arrivals fleeing conflict and drought",
        "Camp managers in Baidoa counted [[14,700 new arrivals|displaced;a=Camp managers]] in {{February}}, Camp managers said, the highest monthly figure since {{2022}}. "
        "The town now hosts [[more than 600,000 displaced people|displaced]] in [[over 500 sites|capacity]]. "
        "[[About 1,100|displaced;a=the UN refugee agency]] of the arrivals came from areas where al-Shabaab imposes taxes on harvests, the UN refugee agency said.",
    ),
    (
        "Somalia: evictions hit displacement camps in Mogadishu",
        "[[More than 28,000 displaced people|displaced;a=the Norwegian Refugee Council]] were forcibly evicted from sites in Mogadishu's outskirts in the {{first quarter}}, the Norwegian Refugee Council said. "
        "Bulldozers destroyed [[some 2,600 makeshift shelters|capacity;a=the Norwegian Refugee Council]], it said.",
    ),
    (
        "Somalia: Las Anod fighting displaces tens of thousands",
        "Clashes between Somaliland forces and clan militias in Las Anod have killed [[at least 80 people|killed;a=hospital officials]], hospital officials said, and displaced [[as many as 185,000|displaced;a=hospital officials]]. "
        "[[About 100,000 of them|displaced;n=-;a=the UN refugee agency]] have crossed into Ethiopia's Somali region, according to the UN refugee agency.",
    ),
    (
        "Kenya: Dadaab receives Somalis fleeing drought and insecurity",
        "[[Nearly 60,000 Somalis|displaced;a=the Kenyan government]] arrived in Dadaab in {{2022}} and are not yet registered as refugees, the Kenyan government said. "
        "The three camps, built in the {{1990s}} for [[90,000 people|capacity]], now hold [[about 370,000|displaced]].",
    ),
    (
        "Somalia: Gedo villagers relocated ahead of offensive",
        "Regional authorities in Gedo moved [[roughly 3,500 families|displaced;a=the regional governor]] from villages on the Juba river to Garbaharey ahead of an offensive against al-Shabaab, the regional governor said. "
        "[[Two thousand|civilians]] stayed behind to look after their farms and livestock.",
    ),
    (
        "DRC: Goma camps emptied after M23 orders displaced to leave",
        "[[More than 110,000 people|returned;a=UNHCR]] have left displacement sites around Goma and gone back to their villages in Masisi and Rutshuru since {{February}}, UNHCR said, many after {{M23}} gave them {{72 hours}} to leave. "
        "[[Some 70 sites|capacity]] were dismantled. "
        "Aid agencies say many of the returnees found their homes occupied.",
    ),
    # ---------------------------------------------------------------- DRC, Great Lakes, Mozambique
    (
        "DRC: Ituri displacement site attacked by CODECO militia",
        "CODECO fighters attacked the Plaine Savo displacement site in Djugu territory overnight, killing [[at least 18 people|killed;a=the UN mission in Congo]], the UN mission in Congo said. "
        "[[Around 4,000 residents|displaced]] of the site fled to the nearby MONUSCO base, where peacekeepers have opened [[two temporary shelters|capacity]]. "
        "[[Some 120 huts|capacity;a=local leaders]] were set on fire, local leaders said.",
    ),
    (
        "DRC: cholera spreads in Bulengo site as latrines overflow",
        "Health workers recorded [[430 suspected cholera cases|other;a=Health workers]] in the Bulengo site west of Goma in {{two weeks}}, Health workers said. "
        "The site has {{one latrine for every 180 people}}, far below the emergency standard of {{one for 50}}. "
        "Oxfam said it would install [[200 more latrines|aid;p;a=Oxfam]] and truck in [[400,000 litres|aid;p;a=Oxfam]] of water a day.",
    ),
    (
        "DRC: Masisi residents flee towards Sake",
        "[[Tens of thousands of people|displaced]] poured onto the road to Sake on {{Wednesday}} as fighting reached the hills above Mushaki. "
        "The local civil society coordinator said [[about 1,500 families|displaced;a=The local civil society coordinator]] had spent the night in a church and [[two primary schools|capacity;a=The local civil society coordinator]] in Sake. "
        "[[Some 400 others|displaced]] were sleeping on the football pitch.",
    ),
    (
        "DRC: host families in Beni stretched by new arrivals",
        "[[More than 9,000 host families|other;a=the provincial humanitarian division]] in Beni town are sheltering people who fled ADF attacks in Rwenzori sector, the provincial humanitarian division said. "
        "The families are hosting [[about 74,000 displaced people|displaced;a=the division;alt=the provincial humanitarian division]], often in homes of {{two rooms}}, the division said.",
    ),
    (
        "DRC: South Kivu refugees cross into Burundi",
        "Burundian authorities counted [[42,000 people|displaced;a=Burundian authorities]] entering from South Kivu through the Gatumba crossing in {{a fortnight}} after the fall of Bukavu, Burundian authorities said. "
        "Some were moved to a stadium in Rugombo that can hold [[about 10,000 people|capacity]]. "
        "[[At least three people|killed]] drowned crossing the Rusizi river.",
    ),
    (
        "DRC: returnees in Rutshuru find homes destroyed",
        "A survey by the Norwegian Refugee Council in Rutshuru found [[about 2,300 houses|housing;a=the Norwegian Refugee Council]] destroyed or badly damaged in the villages it visited, the Norwegian Refugee Council said. "
        "[[Roughly 19,000 people|returned;a=the group;alt=the Norwegian Refugee Council]] have returned to the area since {{June}}, the group said.",
    ),
    (
        "Burundi: repatriation convoys from Tanzania resume",
        "A convoy carrying [[1,250 Burundian refugees|returned;a=UNHCR]] from Nduta camp in Tanzania crossed at Kobero on {{Thursday}}, UNHCR said. "
        "Returnees receive a package of food for {{three months}} and {{$75}} in cash per adult. "
        "[[Over 200,000|returned;a=the agency;alt=UNHCR]] have been helped home since {{2017}}, the agency said, and [[about 150,000|displaced;a=the agency;alt=UNHCR]] remain in Tanzania.",
    ),
    (
        "Mozambique: Cabo Delgado displaced return to Mocimboa da Praia",
        "[[More than 500,000 people|returned;a=the IOM]] have returned to districts of Cabo Delgado since {{2022}}, the IOM said, among them [[about 63,000|returned;a=the IOM]] to Mocimboa da Praia. "
        "[[Around 580,000|displaced;a=the IOM]] are still displaced in the province, it said, most with host families in Pemba and Montepuez.",
    ),
    (
        "Mozambique: attacks in Macomia send families to Pemba",
        "Insurgent attacks on villages in Macomia district in {{May 2024}} forced [[some 8,000 people|displaced;a=Medecins Sans Frontieres]] to flee south, Medecins Sans Frontieres said. "
        "Many travelled by boat to Pemba, where [[more than 40 dhows|other]] arrived in a single night. "
        "[[Eleven civilians|killed;a=residents]] were beheaded in one village, according to residents.",
    ),
    (
        "Mozambique: Metuge resettlement site",
        "The Ngalane resettlement site in Metuge has [[1,700 plots|capacity;a=provincial officials]] for displaced families but only [[600 houses|housing;a=provincial officials]] have been built, provincial officials said. "
        "[[Nearly 2,000 families|displaced;a=provincial officials]] live in tents on the site, provincial officials said.",
    ),
]
