"""DRC, Burkina Faso, Mozambique and Nigeria: camps around Goma, a town under blockade, new
flight and returns in Cabo Delgado, camp closures and a dam burst in Borno (6 articles)."""

from _wrap import item

item(
    "Life on the edge of Goma as rebel advance swells camps",
    """Goma, Democratic Republic of the Congo – The camps ringing Goma have grown into a second
    city. Since {{M23}} rebels resumed their offensive in late {{2021}}, the number of displaced
    people around the provincial capital has climbed to [[about 650,000|displaced;n=-;a=the
    UN]], according to the UN, crammed into sites such as Bulengo, Lushagala and Rusayo along
    the road to Sake. The road itself, the {{RN2}}, was cut by fighting in February, and the
    price of a sack of charcoal has doubled since. Bulengo alone now holds
    [[some 120,000 people|displaced]] on a hillside laid out for [[30,000|capacity;n=-]].
    Volunteers there register [[between 200 and 300 new families every day|displaced;a=Espérance
    Mapendo]], said Espérance Mapendo, who chairs the camp committee. "There are no more places
    for tents, so people build huts of leaves and sticks," she said. Aid groups say there is
    {{one latrine for every 300 people}} in some sections, far above the emergency
    {{threshold of 50}}. Since January, MSF has treated
    [[more than 1,300 survivors|injured]] of sexual violence in the camps around Goma. On
    Friday, two bombs hit the Mugunga site, killing [[at least 35 people|killed;a=the army]],
    many of them children, the army said. The government, which blames Rwandan-backed {{M23}}
    for the attack, has deployed [[another 1,000 troops|combatants]] to the front at Sake.
    Rwanda denies supporting the group. Food distributions reach only half the residents of the
    sites, the World Food Programme said, because of a funding gap of {{$300 million}}. In
    Rusayo, [[about 2,500 children|aid]] attend classes in
    [[eight temporary learning spaces|aid;u=structure]] run by UNICEF and local teachers, in
    tents where lessons are held in {{two shifts}}. "The children are here all day, and half of
    them have not eaten," said one teacher, who fled Kibumba with her pupils. Many families have
    already been displaced several times since the rebellion began, and some say they will not
    go home until the rebels have left their villages for good.""",
)

item(
    "Displaced leave Goma camps after rebels order them home",
    """GOMA, {{Feb 12}} (Reuters) - [[Tens of thousands of displaced people|returned;a=UN
    officials and residents]] have left camps around Goma after the {{M23}} rebels who seized
    the city last month ordered them to go home within {{72 hours}}, UN officials and residents
    said. The UN refugee agency said on Wednesday that sites housing
    [[more than 110,000 people|returned;a=The UN refugee agency]] had been emptied, and that
    some of those leaving had no homes to return to. "Many of their villages were burned or are
    still on the front line," a UNHCR spokesperson told reporters in Geneva. At Lushagala, which
    held [[about 40,000 people|displaced;a=a Reuters witness]] a month ago, only
    [[several hundred|displaced;n=-;a=a Reuters witness]] remained on Tuesday, a Reuters witness
    said. Men dismantled shelters of plastic sheeting and loaded their belongings onto bicycles
    and motorcycles for the trip north to Masisi and Rutshuru. The fighting for Goma in late
    January killed [[around 3,000 people|killed;a=the United Nations]], according to the United
    Nations, and the city's hospitals treated [[more than 2,800 wounded|injured;a=the United
    Nations]]. [[Some 500 patients|injured]] were still being treated at the Ndosho hospital on
    Tuesday. An {{M23}} spokesman said the returns were voluntary and that people could farm
    again. [[More than 40,000 people|displaced;a=the agency;alt=The UN refugee agency]] have
    fled into Burundi since mid-January, the agency added, and Sake, {{25 km}} west of Goma, is
    still largely empty. In Kanyaruchinya, north of the city, Jeanne Furaha tied her pots and a
    jerrycan into a bundle and lifted it onto her head. "We had a house in Kibumba, but I do not
    know if it is still standing," she said. Aid agencies said they had been given no notice of
    the order and warned of cholera as families moved through areas without clean water or
    health centres. The World Food Programme said its warehouses in Goma had been looted of
    [[some 7,000 tonnes|aid;a=The World Food Programme]] of food during the fighting, and that
    it had resumed distributions in only a handful of neighbourhoods.""",
)

item(
    "Inside Djibo, a Burkinabe town under blockade",
    """Djibo, a town in northern Burkina Faso that had [[about 20,000 residents|civilians]] a
    decade ago, now holds [[some 300,000 people|civilians]], including
    [[about 270,000 displaced|displaced]] from surrounding villages by jihadist violence. Since
    {{February 2022}}, fighters linked to al-Qaeda's Sahel affiliate JNIM have surrounded the
    town, planting mines on roads and attacking convoys. Food arrives by helicopter or by
    convoys that need weeks to cover the {{200 km}} from Ouahigouya. In
    {{September 2022}}, an attack on a supply convoy of [[150 trucks|aid]] near Gaskindé
    killed [[37 people|killed;a=the government]], according to the government, most of them
    civilian drivers. "We eat {{once a day}}, sometimes leaves," said a mother who fled Djibo
    for Ouagadougou in March and asked not to be named. The UN's World Food Programme has
    delivered food by air since {{late 2022}}; its helicopters brought in
    [[some 900 tonnes|aid;a=a spokesperson]] in the {{first six months}} of this year, a
    spokesperson said. Burkina Faso's government stopped publishing displacement figures after
    it counted [[2.06 million internally displaced people|displaced;a=Burkina Faso's
    government]] in {{March 2023}}. Aid agencies estimate that
    [[around 2 million people|civilians;a=Aid agencies]] live in
    [[some 40 towns|other;a=Aid agencies]] under blockade. Health workers in Djibo say they
    recorded [[85 deaths|killed;a=Health workers in Djibo]] among children {{under five}} from
    malnutrition between January and May.""",
)

item(
    "Mozambique: children among tens of thousands fleeing new attacks in Cabo Delgado",
    """Maputo, {{1 March 2024}} – [[More than 67,000 people|displaced;a=Save the Children]],
    about {{60%}} of them children, have fled a new wave of attacks by non-state armed groups in
    southern Cabo Delgado since late January, Save the Children said today. Most have fled the
    district of Chiúre towards Nampula province, along the {{N1}} highway or across the Lúrio
    river on foot or in small boats. In Eráti district, on the Nampula side, the authorities have opened
    [[two accommodation centres|capacity]], which were built for [[5,000 people|capacity]] but
    now hold [[over 14,000|displaced;n=-]]. Save the Children teams have registered
    [[1,300 unaccompanied or separated children|displaced]] in the past {{three weeks}}. "Some
    children told us they saw their homes burned and their parents killed," said Ilaria Conti,
    the charity's country director. Armed groups burned [[at least 800 homes|housing;a=local
    officials]] and [[17 schools|housing;a=local officials]] in Chiúre district, according to
    local officials. The new displacement comes after
    [[more than 570,000 people|returned;a=IOM]] had returned to their areas of origin in Cabo
    Delgado since {{2022}}, according to IOM, many of them to Mocímboa da Praia and Palma. Save
    the Children plans to reach [[45,000 children|aid;p;a=Save the Children]] with food,
    shelter and psychosocial support by June and is calling on donors to fund the response.""",
)

item(
    "Borno shuts Maiduguri camps, sending displaced back to insecure towns",
    """MAIDUGURI, Nigeria – Authorities in Nigeria's northeastern Borno state have closed the last
    of the official displacement camps in the state capital Maiduguri, sending
    [[some 140,000 people|returned]] back to their home areas after living in the camps for
    {{up to eight years}}. The last camp to close, Teachers Village, had housed
    [[about 35,000 people|displaced]]. The state governor has said he wants all displaced
    people back on their land by {{2026}}, and the state has rebuilt houses in towns such as
    Bama, Baga and Marte, retaken from jihadists. Each family leaving the camps received
    {{100,000 naira}} and a bag of rice, officials said. But several returnees told AFP they
    had been attacked while farming outside the newly built settlements. "We can only go
    {{two kilometres}} from the town. Beyond that, Boko Haram is waiting," said Bukar
    {{Modu, 46}}, who went back to Bama in March. [[At least 11 farmers|killed;a=local militia
    leaders]] were killed by suspected ISWAP fighters near Marte in January, according to local
    militia leaders. The closures left [[about 2,000 households|displaced;a=the Norwegian
    Refugee Council]] that refused to leave Maiduguri, saying their home areas remained unsafe,
    without any support, according to the Norwegian Refugee Council. The United Nations says
    [[1.8 million people|displaced;a=The United Nations]] remain displaced across Borno, Adamawa
    and Yobe states. The state government said it had built
    [[10,000 houses|housing;a=The state government]] in [[15 towns|other;a=The state
    government]] since {{2020}} and would build [[5,000 more|housing;p;n=-;u=structure;a=The state
    government]] this year. Save the Children said [[about 1,600 children|civilians;a=Save the
    Children]] who had attended schools in the camps were now out of class, because the
    rebuilt towns have classrooms but no teachers.""",
)

item(
    "Alau Dam collapse: Borno flood death toll rises to 37",
    """The death toll from the flood that submerged large parts of Maiduguri after the collapse
    of the Alau Dam has risen to [[37|killed;n=-;a=the Borno State Emergency Management Agency
    (SEMA)]], the Borno State Emergency Management Agency (SEMA) said on Thursday, up from
    [[30|killed;n=-;a=the Borno State Emergency Management Agency (SEMA)]] announced on
    Wednesday. The agency said [[about 414,000 people|displaced;a=The agency;alt=the Borno State
    Emergency Management Agency (SEMA)]] had been displaced and were being sheltered in
    [[30 camps|capacity;a=The agency;alt=the Borno State Emergency Management Agency (SEMA)]]
    across the metropolis, including schools and the Bakassi camp. "We are still evacuating
    people from rooftops in Fori and Gwange," said Usman Bulama, the SEMA chairman, adding that
    [[over 2,000 people|other;a=Usman Bulama]] had been rescued by boat since Tuesday. The flood
    also swept away about {{80%}} of the animals at the Sanda Kyarimi Park zoo. Prison
    authorities said [[281 inmates|other;a=Prison authorities]] escaped from the Maiduguri
    custodial centre when its walls collapsed, and [[7|arrested;n=-;a=Prison authorities]] had
    been recaptured. The federal government has approved {{₦3 billion}} for relief and directed
    the National Emergency Management Agency to send [[5,000 bags|aid;p]] of rice and
    [[1,200 mattresses|aid;p]]. Doctors said they had seen
    [[23 cholera cases|other;a=Doctors]] in {{two days}} at the teaching hospital. The dam,
    built in {{1986}}, had been damaged by heavy rains in {{1994}} and never fully repaired,
    engineers said.""",
)
