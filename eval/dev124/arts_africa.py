"""War in Africa: Sudan, Chad, South Sudan, Congo, Tigray, Somalia, Burkina Faso, north-east
Nigeria and Cabo Delgado; camps, crossings, convoys, clinics, returns and resettlement (11
articles with figures, 1 without)."""

from _wrap import item

item(
    "Zamzam camp emptied after RSF assault, aid groups say",
    """PORT SUDAN (Reuters) - [[Up to 400,000 people|displaced;a=the International Organization
    for Migration]] fled Zamzam displacement camp in North Darfur after the paramilitary Rapid
    Support Forces (RSF) overran it in {{April}}, the International Organization for Migration
    said on Wednesday. Before the assault, the camp housed [[about 500,000
    people|displaced;a=aid groups]], according to aid groups, and famine had been confirmed there
    since {{August 2024}}. The attack killed [[more than 400 people|killed;a=the UN]], the UN
    said, among them [[nine staff members|killed;a=the UN]] of the charity Relief International
    who were running one of the last clinics. Most of those who fled walked {{60 km}} west to
    Tawila, where Médecins Sans Frontières (MSF) said it treated [[more than 200
    people|injured;a=Médecins Sans Frontières (MSF)]] for gunshot wounds in {{three days}}.
    Tawila now hosts [[more than 650,000 displaced people|displaced]], up from [[about
    240,000|displaced]] at the start of the year. The Norwegian Refugee Council said there were
    just [[1,200 latrines|aid;a=The Norwegian Refugee Council]] for the new arrivals and that
    people were drinking from open wells. The World Food Programme said it had delivered food to
    [[about 170,000 people|aid;a=The World Food Programme]] in Tawila since the attack and that
    it needed [[50 trucks a week|aid;p;a=The World Food Programme]] to keep up. The RSF has
    denied targeting civilians.""",
)

item(
    "Khartoum residents trickle back to a city without power or water",
    """KHARTOUM (AFP) - [[More than 1 million people|returned;a=the International Organization
    for Migration (IOM)]] have returned to Khartoum state since the army retook the capital in
    {{March}}, according to the International Organization for Migration (IOM), but they are
    coming back to a city without power, clean water or working hospitals. UN-Habitat estimates
    that [[some 60,000 housing units|housing;a=UN-Habitat]] in the capital were damaged or
    destroyed during {{two years}} of fighting between the army and the Rapid Support Forces. The
    state government said it planned to repair [[about 1,200 schools|housing;p;a=The state
    government]] before classes resume in {{September}}. UNICEF said it had vaccinated [[1.1
    million children|aid;a=UNICEF]] against measles and polio in the state over {{10 days}}. A
    cholera outbreak has spread quickly in neighbourhoods where people drink from the Nile: the
    health ministry recorded [[more than 7,700 cases|other;a=the health ministry]] and [[185
    deaths|killed;a=the health ministry]] in Khartoum in {{a month}}. Neighbourhood volunteers
    known as emergency response rooms run [[about 150 community kitchens|aid;u=structure]] across
    the capital, feeding [[tens of thousands of people a day|aid]], though many kitchens have
    closed since US funding cuts. The war has displaced [[more than 12 million
    people|displaced]] across Sudan. The UN calls it the world's largest humanitarian crisis.""",
)

item(
    "Chad builds a new camp as Sudanese refugees keep crossing at Adre",
    """On the sandy plain outside Adre, the main crossing point from Sudan's Darfur into eastern
    Chad, a new camp is taking shape, built to house [[50,000 refugees|capacity]]. [[About
    1,000 people a day|displaced;a=UNHCR]] were still crossing from Sudan in {{July}},
    according to UNHCR, many of them women and children fleeing attacks around El Fasher. Chad
    now hosts [[more than 1.2 million Sudanese refugees|displaced;a=the agency;alt=UNHCR]], the
    agency says, more than any other country. In Adre itself, [[some 230,000
    people|displaced]] live in a sprawling informal site next to the town, under shelters of
    plastic sheeting and sticks. Médecins Sans Frontières (MSF) said its teams had carried out
    [[14,000 medical consultations|aid;u=other;a=Médecins Sans Frontières (MSF)]] there in June
    and treated [[1,100 children|injured;a=Médecins Sans Frontières (MSF)]] for severe acute
    malnutrition. The Chadian Red Cross has dug [[120 emergency latrines|aid]] and installed
    [[16 water bladders|aid;u=other]], but volunteers say that is far from enough. The World
    Food Programme said it would have to cut rations for [[about 800,000 refugees|aid;p;a=The
    World Food Programme]] from {{October}} unless it received {{$150 million}}. "We get {{half}}
    a ration, and sometimes nothing," said Hawa Adam, {{28}}, who arrived in {{May}} with her
    children.""",
)

item(
    "Renk transit centre, built for 3,000, holds five times as many",
    """RENK, South Sudan (AFP) - The transit centre in Renk, built for [[3,000
    people|capacity]], was sheltering [[more than 15,000|displaced;a=the International
    Organization for Migration]] this week, according to the International Organization for
    Migration, as people fleeing Sudan's war arrive faster than they can be moved on. [[Some
    1,800 people a day|displaced;a=border officials]] crossed at the Joda border post in
    {{September}}, border officials said. Of the [[more than 1.1 million
    people|displaced;a=UNHCR]] who have crossed into South Sudan since {{April 2023}}, [[about
    750,000|returned;a=UNHCR]] are South Sudanese returning home, UNHCR says, many to places they
    left decades ago. IOM said it had moved [[about 230,000 people|displaced;a=IOM;alt=the
    International Organization for Migration]] onward by boat and bus to Malakal, Juba and other
    towns. A cholera outbreak at the centre has killed [[12 people|killed;a=health officials]],
    health officials said, and there are only [[60 latrines|aid]] for everyone staying there.
    Each new arrival gets a {{15-day}} food ration from the World Food Programme. "We came with
    nothing," said Nyabol Deng, who fled Kosti with her children.""",
)

item(
    "Donors pledge £800 million for Sudan as the war enters its third year",
    """LONDON (Reuters) - Donors pledged more than {{£800 million}} for Sudan at a conference in
    London on Tuesday, as the war between the army and the Rapid Support Forces entered its
    {{third year}}. Britain said it would give {{£120 million}} of that amount over the next
    year, while the European Union pledged {{€522 million}} and Germany {{€125 million}}. The
    UN's {{2025}} appeal for Sudan seeks {{$4.2 billion}} and was only {{10 percent}} funded by
    the end of {{March}}, according to the UN's financial tracking service. A separate plan for
    refugees in neighbouring countries asks for {{$1.8 billion}}. The conference, co-hosted by
    the African Union, Britain, the EU, France and Germany, failed to agree on a contact group to
    push for a ceasefire. Neither of Sudan's warring parties was invited. "We cannot look away,"
    British Foreign Secretary David Lammy said, adding that the money would start to flow in the
    coming months.""",
)

item(
    "Goma's camps empty under M23 orders, leaving families with nowhere to go",
    """GOMA, Democratic Republic of Congo (AP) — The camps that ringed Goma for {{two years}} are
    almost empty. After the {{M23}} rebels seized the city in late {{January}}, they ordered
    displaced people to go home, and UNHCR said [[about 110,000 people|returned;a=UNHCR]] had
    left the sites around Goma in {{two weeks}}, many heading back to villages in Masisi and
    Nyiragongo that had been looted or burned. Before the offensive, [[more than 650,000
    displaced people|displaced;a=OCHA]] lived in and around the city, according to OCHA. The
    battle for Goma killed [[about 3,000 people|killed;a=the UN]], the UN said, and the health
    ministry said [[more than 2,800 wounded|injured;a=the health ministry]] had been treated in
    the city's overwhelmed hospitals. The International Committee of the Red Cross said it was
    trucking water to [[about 300,000 residents|aid;a=The International Committee of the Red
    Cross]] after fighting damaged the city's water network. The World Food Programme said
    [[some 6,000 tonnes|aid;a=The World Food Programme]] of food had been looted from its
    warehouses. In Sake, west of Goma, local officials said [[about 1,200 homes|housing;a=local
    officials]] had been burned or hit by shells. "We are returning to ashes," said Jean-Baptiste
    Habimana, a farmer from Kibumba. The {{M23}}, which the UN says is backed by Rwanda, has
    promised to restore services.""",
)

item(
    "After Plaine Savo attack, MSF says its Ituri clinics are overwhelmed",
    """BUNIA, Democratic Republic of Congo (AFP) - Militia fighters attacked the Plaine Savo
    displacement camp in Ituri province's Djugu territory overnight, killing [[at least 51
    people|killed;a=local officials]], local officials said on Thursday, in one of the deadliest
    assaults on a camp in the region in years. The camp sheltered [[about 13,000
    people|displaced]] who had fled earlier raids by the CODECO militia. [[More than 8,000 of
    them|displaced;n=-;a=camp leaders]] have since fled to the nearby town of Bule, camp leaders
    said. Médecins Sans Frontières (MSF) said its hospital in Drodro had received [[36
    wounded|injured;a=Médecins Sans Frontières (MSF)]], most with machete or gunshot wounds. The
    charity said it had carried out [[more than 92,000 consultations|aid;u=other;a=The
    charity;alt=Médecins Sans Frontières (MSF)]] in Djugu this year and warned that its clinics
    could not cope. UN peacekeepers deployed [[120 troops|combatants;a=the UN mission;alt=MONUSCO]]
    to the area, according to the UN mission, MONUSCO. Ituri has [[about 1.7 million displaced
    people|displaced]], more than any other Congolese province. The attack came {{a month}} after
    fighters from the Islamic State-linked ADF killed [[at least 43 worshippers|killed]] at a
    church in Komanda.""",
)

item(
    "Tigray returns begin, but a million people are still displaced",
    """MEKELLE, Ethiopia (Reuters) - Ethiopian authorities began taking displaced Tigrayans back
    to their homes in Tselemti district this week, the start of a plan to return [[about 1
    million people|returned;p;a=the Tigray Interim Regional Administration]] displaced by the
    {{2020-2022}} war, the Tigray Interim Regional Administration said. It said [[about 1,800
    households|returned;a=the Tigray Interim Regional Administration]] had been moved in the
    first convoys. [[More than 1 million people|displaced]] remain in camps and host communities
    across Tigray, and [[about 600 schools|capacity]] are still used as shelters, keeping
    [[hundreds of thousands of children|civilians]] out of class. The war killed [[hundreds of
    thousands of people|killed;a=researchers at Ghent University]], according to researchers at
    Ghent University. The International Organization for Migration said it had distributed
    [[4,000 shelter kits|aid;a=The International Organization for Migration]] to returning
    families, who also receive {{three months}} of food rations through the World Food
    Programme. The regional health bureau said [[317 health facilities|housing;a=The regional
    health bureau]] damaged in the war had been repaired, but many still lack drugs and staff.
    Returnees say much of Western Tigray remains under the control of Amhara forces.""",
)

item(
    "Baidoa's camps swell as drought and fighting push families out of Bay",
    """BAIDOA, Somalia – [[Between 4,000 and 5,000 people a
    week|displaced;a=aid workers]] are arriving in
    Baidoa, aid workers say, driven from their villages in Bay and Bakool by drought and by
    fighting between al-Shabaab and government forces. The town now has [[more than 500
    displacement sites|capacity;a=the camp management cluster]] sheltering [[about 600,000
    people|displaced;a=the camp management cluster]], according to the camp management cluster,
    more than its population before the drought. UNICEF said [[more than 44,000
    children|injured;a=UNICEF]] aged {{6 to 59 months}} had been admitted for treatment of severe
    acute malnutrition in the region since {{January}}. [[At least 730 children|killed;a=Somalia's
    health ministry]] died in nutrition centres across the country between {{January}} and
    {{July}}, Somalia's health ministry said. Al-Shabaab, which controls much of the countryside,
    has blocked roads and destroyed [[dozens of wells|other;a=residents]], residents say. The
    World Food Programme said it was reaching [[3.5 million people a month|aid;a=The World Food
    Programme]] with food or cash, but warned it would have to cut that to [[1.2
    million|aid;p;a=The World Food Programme]] in {{November}} without new funding. The {{2022}}
    humanitarian plan aims to reach [[7.6 million people|aid;p]] and is {{46 percent}}
    funded.""",
)

item(
    "Blockaded Djibo relies on helicopters as convoys come under attack",
    """OUAGADOUGOU (AFP) - Helicopters chartered by the World Food Programme are the only reliable
    lifeline for Djibo, a town of [[about 300,000 people|civilians]] in northern Burkina Faso that
    jihadists have blockaded since {{2022}}. WFP said its aircraft had flown in [[more than 1,100
    tonnes|aid;a=WFP]] of food since {{January}}. Road convoys have become too dangerous: a supply
    convoy of [[about 150 trucks|aid]] was ambushed near Gaskindé in {{September 2022}}, an
    attack the government said killed [[37 people|killed;a=the government]]. Local sources put
    the toll at [[more than 70|killed;a=Local sources]]. The army said it had escorted [[three
    convoys|aid;a=The army]] to Djibo this year, each taking several days to cover {{200 km}}.
    The Norwegian Refugee Council said [[some 2 million people|displaced;a=The Norwegian Refugee
    Council]] had been forced from their homes in Burkina Faso and that [[at least 46
    towns|other;a=The Norwegian Refugee Council]] were under blockade. [[More than 6,100
    schools|other;a=the education ministry]] remain closed because of insecurity, according to
    the education ministry. In Djibo, residents say a bag of millet costs {{three times}} what it
    did before the siege.""",
)

item(
    "Borno closes Maiduguri camps and resettles families in rebuilt towns",
    """MAIDUGURI, Nigeria (AFP) - Authorities in Nigeria's Borno State have closed [[12
    camps|capacity]] for people displaced by the Boko Haram insurgency in Maiduguri and moved
    their residents to towns the state says are now safe. The state government said it had
    resettled [[more than 150,000 people|returned;a=The state government]] in Bama, Gwoza, Marte
    and other towns since {{2021}}. Governor Babagana Zulum said the state had built [[more than
    10,000 houses|housing;a=Governor Babagana Zulum]] and rebuilt [[62 schools|housing;a=Governor
    Babagana Zulum]] in the resettled towns. Each resettled family receives {{50,000 naira}} in
    cash and food for {{three months}}. In Bama, a town of [[about 270,000 people|civilians]]
    before the insurgency, [[over 4,000 families|returned;a=local officials]] moved back in
    {{2023}} alone, according to local officials. But aid groups are worried. Amnesty
    International said insurgents had killed [[at least 20 farmers|killed;a=Amnesty
    International]] in fields outside resettled towns in {{2024}}, and that clinics in several
    towns had no staff. The UN says [[about 2 million people|displaced;a=The UN]] remain
    displaced in north-east Nigeria, where the conflict has killed [[more than 35,000
    people|killed;a=The UN]] since {{2009}}.""",
)

item(
    "Cabo Delgado attacks displace 100,000 in two weeks as returns stall",
    """PEMBA, Mozambique (Reuters) - A new wave of insurgent attacks in northern Mozambique's Cabo
    Delgado province forced [[more than 100,000 people|displaced;a=the International Organization
    for Migration]] from their homes in {{two weeks}}, the International Organization for
    Migration said, most of them in Chiúre district. [[About 600,000
    people|returned;a=the agency;alt=the International Organization for Migration]] had returned
    home since {{2022}}, the agency said, after Rwandan and Mozambican troops pushed the Islamic
    State-linked fighters out of the towns of Palma and Mocímboa da Praia. Rwanda has [[about
    4,000 soldiers|combatants]] deployed in the province. Local authorities said [[some 26
    villages|other;a=Local authorities]] had been emptied and [[about 5,000
    houses|housing;a=Local authorities]] burned. Human Rights Watch said the insurgents had
    abducted [[at least 120 children|kidnapped;a=Human Rights Watch]] this year, using some as
    fighters. The World Food Programme said it would resume distributions to [[around 300,000
    people|aid;p;a=The World Food Programme]] in {{October}} after a {{four-month}} pause caused
    by a funding gap. TotalEnergies said it still planned to restart its {{$20 billion}} gas
    project near Palma. The conflict has killed [[more than 6,000 people|killed;a=the monitoring
    group ACLED]] since {{2017}}, according to the monitoring group ACLED.""",
)
