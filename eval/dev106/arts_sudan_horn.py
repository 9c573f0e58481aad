"""Sudan, Chad, South Sudan, Ethiopia and Somalia: arrivals, camps, disease, returns, drought,
floods and evictions (10 articles, all with figures)."""

from _wrap import item

item(
    "Sudanese arrivals in eastern Chad pass 630,000, UNHCR says",
    """[[Some 630,000 Sudanese refugees|displaced;a=the UN refugee agency]] have crossed into
    eastern Chad since war broke out in Sudan in {{April 2023}}, the UN refugee agency said on
    Friday, as renewed fighting in West Darfur drove a new wave over the border. At the Adré
    crossing, registration teams counted [[about 2,300 people|displaced;a=registration teams]]
    on Thursday alone, most of them women and children. "They arrive exhausted, some after
    walking for {{five days}} with nothing," said Laure Bizimana, who heads the agency's office
    in the town. The informal site on the edge of Adré, meant only as a transit point, now
    shelters [[more than 180,000 people|displaced]] in a space laid out for
    [[40,000|capacity;n=-]]. UNHCR plans to move [[50,000 refugees|displaced;p;a=UNHCR]] to
    camps further inland before the rains begin in June, when the wadis flood and trucks can no
    longer get through. [[Two new camps|capacity]] have opened near Farchana, each built to
    hold [[25,000 people|capacity]], and a third is being surveyed. The World Food Programme
    said it had reached [[320,000 people|aid;a=The World Food Programme]] in eastern Chad in
    May, but warned it would have to cut rations by half from July without new money. The
    response plan for Chad is only {{16%}} funded, with {{$630 million}} still missing.""",
)

item(
    "Tawila overwhelmed as Zamzam survivors arrive on foot, MSF warns",
    """Médecins Sans Frontières (MSF) teams in Tawila, North Darfur, are struggling to cope with
    the arrival of people fleeing the attack on Zamzam camp, the medical organisation said on
    {{22 April 2025}}. Since the Rapid Support Forces (RSF) overran Zamzam on {{13 April}},
    [[between 300,000 and 400,000 people|displaced;a=UN estimates]] have fled the camp,
    according to UN estimates, and [[tens of thousands of them|displaced;n=-]] have walked the
    {{60 kilometres}} to Tawila. In {{the first four days}}, MSF's hospital in the town received
    [[154 wounded patients|injured]], most of them with gunshot wounds, and
    [[21 of them|killed;n=-]] died. Before the attack, Tawila already hosted
    [[some 240,000 displaced people|displaced]]; local authorities now put the figure at
    [[more than 650,000|displaced;n=-;a=local authorities]]. Families are sleeping under trees
    or under plastic sheets tied to branches. "People arrive with nothing, many of them having
    seen relatives killed on the road," said Marion Ramstein, MSF project coordinator. "Our
    teams screened [[2,400 children|aid;a=Marion Ramstein]] {{under five}} on arrival, and
    {{one in three}} was acutely malnourished," she said. MSF has installed
    [[40 latrines|aid]] and is trucking water to the sites, but there is
    {{one water point for every 2,000 people}}. Aid organisations estimate that
    [[1,200 more latrines|aid;p;a=Aid organisations]] are needed in the coming weeks. MSF calls
    on all parties to the conflict to allow safe passage for people still trapped in and around
    El Fasher, where [[an estimated 300,000 civilians|civilians]] remain. Patients describe
    being robbed at checkpoints along the road, and women and girls report sexual violence during
    the journey. Many arrive dehydrated after walking through the night to avoid the heat and
    the armed men who stop travellers by day. The town's market has doubled in size, and the
    price of a jerrycan of water has risen sharply as donkey carts struggle to keep up with
    demand. MSF is expanding its hospital with additional tents and is preparing for a cholera
    outbreak as the rainy season approaches, when roads to Tawila become impassable and supplies
    can take weeks to arrive.""",
)

item(
    "Renk transit centre overwhelmed as South Sudanese flee war in Sudan",
    """RENK, South Sudan (IOM) – [[More than 200,000 people|displaced;a=the International
    Organization for Migration]] have crossed from Sudan into South Sudan's Upper Nile state
    since mid-April, most of them South Sudanese returning to a country many left a decade ago,
    the International Organization for Migration said on Tuesday. The transit centre in Renk,
    about {{60 km}} from the Joda border point, was set up to hold
    [[3,000 people|capacity]] for a few days before onward travel. It now shelters
    [[close to 12,000|displaced;n=-]], and some families have been there for more than a
    month. Cholera was confirmed in the centre last week; health workers have recorded
    [[312 suspected cases|other;a=health workers]] and [[four deaths|killed;a=health
    workers]]. IOM and UNHCR have organised boats along the Nile to Malakal, moving
    [[1,850 people|displaced]] on Sunday alone, and plan to transport
    [[another 10,000|displaced;p;n=-;a=IOM and UNHCR]] by the end of October. "Every boat that
    leaves is full, but by evening the same number has arrived at the gate," said Fatma
    Odhiambo, IOM's head of office in Renk. About {{7 in 10}} of the arrivals say they intend
    to go back to areas they fled during South Sudan's own civil war, which broke out in
    {{2013}}. Before the crisis, Renk county was home to
    [[some 40,000 residents|civilians]]. Local officials say its markets and clinics cannot
    absorb the influx.""",
)

item(
    "Dykes hold back floodwater around Bentiu camp as numbers swell",
    """BENTIU, South Sudan – Behind a ring of mud dykes up to {{3 metres}} high, the
    displacement camp in Bentiu has become an island. The site, built in {{2014}} to protect
    civilians fleeing the civil war, held [[about 100,000 people|displaced]] before the floods.
    It now has [[some 140,000|displaced;n=-;a=the International Organization for Migration]],
    after families from submerged villages in Rubkona and Guit counties poured in over the past
    year, according to the International Organization for Migration. Nyakuma {{Gatluak, 41}},
    arrived in August with her [[seven children|displaced]]. "We lost our cattle, our sorghum,
    everything," she said. MSF, the medical charity, said its hospital in the camp treated
    [[1,136 patients|injured;a=MSF]] for malaria in September, a {{40%}} rise on the same month
    last year, and recorded [[26 cases|other;a=MSF]] of hepatitis E. Across Unity state, the
    flooding has affected [[465,000 people|civilians;a=OCHA]] and washed away or damaged
    [[8,000 homes|housing;a=OCHA]], OCHA, the UN humanitarian office, said. Water engineers say
    the dykes, which pumps keep dry around the clock, could fail if river levels rise a further
    {{50 cm}}. [[Some 2,000 people|displaced]] from Bentiu town have already been relocated to
    higher ground near the airstrip. The state government says it needs
    [[600 more tents|aid;p;a=The state government]] and [[30 water pumps|aid;p;a=The state
    government;u=other]] to get through the coming rainy season.""",
)

item(
    "Hepatitis E spreads through crowded camps in eastern Chad",
    """N'DJAMENA – Hepatitis E has killed [[at least 17 people|killed;a=the International Rescue
    Committee (IRC)]] in refugee camps in Chad's Ouaddaï province since the start of the year,
    the International Rescue Committee (IRC) said on Wednesday, warning that water and
    sanitation had not kept pace with arrivals from Sudan. The organisation's health teams have
    treated [[2,092 patients|injured]] with acute jaundice syndrome in Adré, Metche and
    Aboutengue, among them [[152 pregnant women|injured]], for whom the virus is especially
    dangerous. In Metche, which was designed for [[25,000 refugees|capacity]] and now holds
    [[almost 45,000|displaced;n=-]], residents get an average of {{9 litres}} of water a day,
    less than half the emergency minimum of {{15 litres}}. "We are treating the consequences of
    a lack of latrines and clean water," said Abdelaziz Issa Moussa, an IRC doctor in the camp.
    The IRC said it had built [[120 latrines|aid;a=The IRC]] and chlorinated
    [[35 wells|aid;a=The IRC]] in the past month, and distributed
    [[8,500 hygiene kits|aid;a=The IRC]]. Chad's health ministry has recorded
    [[3,180 suspected cases|other;a=Chad's health ministry]] nationwide. A vaccination campaign
    against hepatitis E, the first in the country since {{2017}}, is planned for
    [[40,000 people|aid;p]] {{aged 16}} and over in the coming weeks.""",
)

item(
    "Sudanese stream back to Khartoum and Gezira despite ruins",
    """KHARTOUM, {{Aug 14}} (Reuters) - [[More than 1.3 million Sudanese|returned;a=the
    International Organization for Migration]] have returned to their home areas since the
    army retook much of the centre of the country this year, the International Organization
    for Migration said on Thursday, though most are going back to wrecked houses without power
    or water. [[Roughly 600,000 returnees|returned;a=IOM's Displacement Tracking Matrix]] went
    to Gezira state and [[about 260,000|returned;n=-;a=IOM's Displacement Tracking Matrix]] to
    Khartoum state, where the army regained control of the capital in March, according to IOM's
    Displacement Tracking Matrix. The agency still counts
    [[9.9 million people|displaced;a=The agency;alt=the International Organization for
    Migration]] displaced inside Sudan, down from a peak of [[11.6 million|displaced;n=-;a=The
    agency;alt=the International Organization for Migration]] in January. At a bus station in
    Omdurman, trucks piled with mattresses and gas cylinders arrive daily from Port Sudan and
    from Egypt, where [[some 1.5 million Sudanese|displaced]] sought refuge. Egyptian
    authorities say [[about 200,000|returned;n=-;a=Egyptian authorities]] have returned by road
    and train since January. "My house in Bahri has no doors, no windows, nothing, but it is
    still my house," said Hawa {{Abdelrahman, 52}}. She came back last week on a bus from Cairo
    with her [[four grandchildren|returned]]. Khartoum state authorities say they have cleared
    rubble from the main roads and reconnected part of the water network, but UN agencies warn
    that cholera, which infected [[more than 2,500 people|other;a=UN agencies]] in the capital
    in May, could return with the rains. The government says it expects
    [[another 2 million people|returned;p;a=The government]] to return before the end of the
    year. In Bahri and southern Khartoum, returnees describe streets lined with burned-out cars,
    houses stripped of doors, wiring and water tanks, and unexploded shells in courtyards.
    Demining teams have begun clearing schools and hospitals, but officials concede that many
    neighbourhoods have not yet been surveyed. Prices for the bus trip from Port Sudan have
    tripled since the spring, and families often send one man ahead to check whether the house
    is still standing before the others follow. Aid agencies warn that the returns could stall
    if the war, which still rages in Darfur and Kordofan, moves back towards the capital.""",
)

item(
    "Drought pushes thousands a week into Baidoa's crowded sites",
    """Baidoa, {{14 October 2022}} – [[More than 8,000 people|displaced;a=the Norwegian Refugee
    Council (NRC)]] arrived in the south-western Somali city of Baidoa in the first week of
    October alone, fleeing a {{fourth}} consecutive failed rainy season, the Norwegian Refugee
    Council (NRC) said today. The city now hosts [[over 600,000 displaced people|displaced]] in
    [[some 550 sites|capacity]], many of them on private land rented by so-called gatekeepers.
    Most new arrivals are agro-pastoralists from Bay and Bakool regions who lost their
    livestock. "We watched our animals die one by one," said Abdi Hassan Mohamed, who walked for
    {{nine days}} to reach the Dr Ayub site. NRC has received reports of
    [[15 children|killed;a=NRC]] dying of hunger-related illness in two sites over the past
    fortnight. Across Somalia, [[1.1 million people|displaced;a=UN figures]] have been displaced
    by the drought since {{January 2021}}, according to UN figures, and
    [[7.8 million|civilians;n=-;a=UN figures]] need assistance. NRC is providing cash to
    [[18,000 households|aid]] in Bay region and has rehabilitated [[14 boreholes|aid]], but
    its teams cannot keep up. "Famine is knocking on the door of Baidoa," said Mohamed Abdi,
    NRC's country director.""",
)

item(
    "Somalia floods force more than a million from their homes",
    """MOGADISHU, Somalia (AP) — Flooding along the Shabelle and Juba rivers has forced
    [[more than 1.2 million people|displaced;a=the UN's humanitarian office (OCHA)]] from their
    homes in Somalia, the UN's humanitarian office (OCHA) said Tuesday, after the heaviest rains
    in decades hit a country only just emerging from drought. The death toll rose to
    [[96|killed;n=-;a=officials]] from [[50|killed;n=-;a=officials]] {{a week earlier}},
    officials said. In Beledweyne, a town of [[about 300,000|civilians;n=-]] on the Shabelle,
    {{nearly 90%}} of neighbourhoods were under water, and residents fled to higher ground on
    the outskirts, where they sheltered under sheets of plastic. "The water came at night. We
    took the children and left everything," said Halima Abdullahi, a vegetable seller. The
    government said boats had rescued [[2,400 people|other;a=The government]] trapped on
    rooftops and in trees. OCHA said the floods had destroyed {{1,000 km}} of roads and washed
    away {{1.5 million hectares}} of farmland. Aid agencies have airlifted
    [[120 tonnes|aid]] of food and [[4,000 tents|aid]] to Beledweyne, but
    [[at least 113,000 people|civilians;a=OCHA]] there have yet to receive any help, according
    to OCHA. The World Health Organization warned that cholera cases, already
    [[3,000|other;n=-;u=other;a=The World Health Organization]] this year, could spike.""",
)

item(
    "In Tigray, returns begin but hundreds of thousands still wait",
    """Shire, Ethiopia – For {{two years}}, Letay Gebremedhin has lived in a classroom of a
    primary school in Shire with [[11 other families|displaced]], separated by sheets hung from
    wire. Like most of the [[roughly 1 million people|displaced]] still displaced in Tigray,
    she comes from western or southern parts of the region that remain under the control of
    forces from neighbouring Amhara. In June, the federal government and Tigray's interim
    administration announced a plan to return displaced people to their homes by the end of the
    year. Since then, [[around 60,000 people|returned;a=the interim administration]] have gone
    back to parts of southern Tigray and Tselemti district, according to the interim
    administration, far fewer than [[the 500,000|returned;p;n=-;a=the interim administration]]
    it had promised. In Shire alone, [[63 schools|capacity]] are still occupied by displaced
    families, keeping [[an estimated 90,000 pupils|civilians]] out of class. Aid agencies say
    rations were cut for months in {{2023}} after food aid diversion was discovered, and the
    local health bureau recorded [[1,329 deaths|killed;a=the local health bureau]] from
    hunger-related causes in camps that year. "Everyone tells us we will go home next month,"
    Letay said. "They said the same thing last year." A convoy of
    [[45 buses|other;a=officials]] left Shire for Alamata in late November, carrying
    [[about 2,300 people|returned;a=officials]], officials said.""",
)

item(
    "Evictions uproot displaced families again in Mogadishu",
    """Bulldozers flattened [[three displacement sites|housing;a=aid workers]] in Mogadishu's
    Kahda district on Sunday, leaving [[some 1,700 families|displaced;a=aid workers]] without
    shelter for the second time in as many years, aid workers said. The Norwegian Refugee
    Council said the evictions were carried out with {{less than 24 hours}}' notice, and that
    [[two schools|housing;a=The Norwegian Refugee Council]] run by a local charity were also
    demolished. In the first half of {{2024}},
    [[149,000 people|displaced;a=the Protection Cluster]] were forcibly evicted across Somalia,
    most of them in the capital, according to the Protection Cluster, a network of UN agencies
    and NGOs. In Kahda alone, aid workers counted [[41 evictions|other;a=aid workers;u=other]]
    since January. Land prices in Kahda and Daynile, on the city's western edge, have soared as
    Mogadishu expands, and private owners who once rented plots to displaced families now want
    them back. "We paid the landlord every month. Yesterday he came with soldiers," said Faduma
    Ali, whose tin shelter was torn down. Local authorities said
    [[300 households|displaced;p;a=Local authorities]] would be given plots at a new site
    {{12 km}} away, on the road to Afgooye. The Banadir Regional Administration counts
    [[about 900,000 displaced people|displaced;a=The Banadir Regional Administration]] in the
    city, living in [[2,300 sites|capacity;a=The Banadir Regional Administration]]. NRC has
    called for a moratorium on evictions until the rainy season ends. A survey by the council
    found that {{two in three}} evicted families had already been evicted at least once before,
    often from sites where they had paid rent to a gatekeeper for years. "Every time, we lose the
    shelter, the latrine we built, the children's school," said Faduma. Most of the families
    from Kahda spent Sunday night in the open beside the road to Afgooye, and on Monday some
    began moving to sites further out in Daynile, where plots are cheaper but there are no
    water points or clinics.""",
)
