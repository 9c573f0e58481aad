"""Bangladesh and Myanmar: the Rohingya camps of Cox's Bazar, Bhasan Char, new arrivals from
Rakhine, and Myanmar's displaced in Rakhine and Sagaing (9 articles with figures, 1 without)."""

from _wrap import item

item(
    "Fire tears through Rohingya camp in Cox's Bazar",
    """A fire that started on Sunday afternoon in {{Camp 11}} of the Rohingya settlements in Cox's
    Bazar destroyed [[more than 2,000 shelters|housing;a=the UN refugee agency (UNHCR)]] and
    left [[about 12,000 refugees|displaced;a=the UN refugee agency (UNHCR)]] without a roof,
    the UN refugee agency (UNHCR) said on Monday. The blaze burned for nearly {{three hours}}
    before firefighters and refugee volunteers brought it under control. It also gutted [[90
    learning centres|housing;a=the agency;alt=the UN refugee agency (UNHCR)]] and a health
    post, the agency added. Bangladesh's refugee relief commissioner, Mohammed Shamsul Alam,
    told reporters that [[some 5,200 people|displaced;a=Mohammed Shamsul Alam;alt=Bangladesh's
    refugee relief commissioner]] had spent the night in mosques and in [[14 learning
    centres|capacity;a=Mohammed Shamsul Alam;alt=Bangladesh's refugee relief commissioner]] the
    fire had spared. Nobody was killed. "Everything we had is ash, even the ration card," said
    Noor Kamal, {{41}}, who was sitting with his children beside a burned water tank. Aid
    agencies handed out [[3,500 hot meals|aid]] overnight, and the World Food Programme said it
    would give dry rations to [[2,300 families|aid;p;a=the World Food Programme]] this week.
    Fires are frequent in the camps, where [[nearly 1 million Rohingya|displaced]] live in
    bamboo-and-tarpaulin shelters packed onto hillsides. A blaze in Balukhali in {{March 2021}}
    killed [[15 people|killed]] and destroyed [[about 10,000 shelters|housing]].""",
)

item(
    "Another 1,500 Rohingya taken to Bhasan Char",
    """[[Another 1,500 Rohingya refugees|displaced;a=officials]] were taken to Bhasan Char on
    Thursday, officials said, bringing the number moved to the silt island in the Bay of Bengal
    to [[18,500|displaced;a=officials]]. The group, which included [[640 children|displaced]],
    left Chattogram aboard [[seven navy ships|other]] in the morning and reached the island,
    some {{60 km}} from the mainland, by mid-afternoon. The navy has built [[1,440
    buildings|capacity]] in [[120 cluster villages|capacity]] on the island, meant for
    [[100,000 people|capacity]]. "Those who came today came willingly. Nobody was forced,"
    Commodore Rashed Karim told journalists at the jetty. Rights groups dispute that and say
    several families were pressured with promises of cash and livestock. The government, which
    aims to move [[100,000 refugees|displaced;p;a=The government]] out of the crowded camps of
    Cox's Bazar, says the island is safe from cyclones behind a {{12-km}} embankment. The first
    transfers began in {{December 2020}}. Police say [[hundreds of
    refugees|displaced;a=Police]] have since left the island illegally by boat. Each relocated
    family receives a gas cylinder and a cash grant of {{Tk 5,000}}, according to the Refugee
    Relief and Repatriation Commission.""",
)

item(
    "In Cox's Bazar, new Rohingya arrivals live in the shadows",
    """[[Some 150,000 Rohingya|displaced;a=UNHCR]] have crossed into Bangladesh since fighting
    between the Arakan Army and Myanmar's military flared in {{late 2023}}, according to UNHCR,
    the largest influx since the exodus of {{2017}}. Bangladesh says its border is closed, and
    officials said [[about 121,000 of the newcomers|displaced;a=officials]] had been
    biometrically registered by the end of {{June}}. The rest live on the margins. Hamida
    Begum, {{34}}, paid a broker {{25,000 taka}} to cross the Naf river at night with [[her
    three daughters|displaced]]. "My husband and [[our two sons|missing;a=Hamida Begum]] are
    still missing," she said. She now shares a single room with a family from Maungdaw that
    took her in. [[Roughly 30,000 new arrivals|displaced;a=aid workers]] are staying with
    relatives or strangers in the existing camps, aid workers said, in shelters that were
    already overcrowded. Unregistered refugees receive no food rations, and [[at least 40,000
    of them|displaced;n=-;a=Save the Children]] are children, Save the Children said in a
    report this month. Refugees told the charity that drone strikes near Maungdaw had killed
    [[dozens of people|killed;a=Refugees]] in the days before they fled. Bangladesh already
    hosts [[over 1 million Rohingya|displaced]]. "We cannot take a single person more," a
    foreign ministry spokesman said.""",
)

item(
    "Rohingya rations to be halved from April, WFP warns",
    """The World Food Programme warned on Wednesday that it would have to cut food assistance to
    Rohingya refugees in Bangladesh from {{$12}} to {{$6}} per person per month from {{April
    1}} unless new money arrives. The agency said it needed {{$15 million}} to keep full
    rations through {{April}}, and {{$81 million}} for the rest of {{2025}}. A similar cut in
    {{2023}} was followed by a rise in malnutrition, with acute malnutrition among children in
    the camps reaching {{15 percent}}, the highest level since the influx began. "A ration of
    {{$6}} means a meal a day, if that," said Karin Holmqvist, the agency's deputy country
    director. The United States, which gave more than half of the funding last year, has frozen
    most foreign aid. Refugee leaders in Kutupalong said families were already selling their
    rice to buy vegetables and firewood. Bangladesh's interim government called on donors to
    fill the gap before the start of Ramadan.""",
)

item(
    "Rohingya flee Buthidaung as Arakan Army takes the town",
    """[[Tens of thousands of Rohingya|displaced;a=the UN human rights office]] have fled
    Buthidaung in Myanmar's Rakhine state since the Arakan Army took the town last week, the UN
    human rights office said on Friday. Before the fighting, the town was home to [[about
    200,000 people|civilians]], most of them Rohingya. Residents said [[hundreds of
    houses|housing;a=Residents]] had been burned over two nights, and satellite images showed
    large parts of the town in ashes. The UN human rights chief said [[some 45,000
    Rohingya|displaced;a=The UN human rights chief]] had gathered on the banks of the Naf
    river, near the border with Bangladesh, seeking protection. He said his office had credible
    reports that [[at least four Rohingya|killed;a=The UN human rights chief]] had been
    beheaded. The Arakan Army denied burning the town and said it had evacuated residents
    before a military counter-attack. Further south, [[about 140,000 Rohingya|displaced]] have
    lived in camps around Sittwe since communal violence in {{2012}}. Aid workers there said
    [[1,600 people|displaced;a=Aid workers]] from outlying villages had arrived in the camps
    since {{May 1}}, and that rice prices had tripled. Bangladesh, which hosts [[more than 1
    million Rohingya refugees|displaced]], said it would not open its border.""",
)

item(
    "In Sagaing, the displaced shelter in monasteries and forests",
    """The monastery in Kani township was never meant to house anyone but its monks. Now [[about
    4,000 people|displaced;a=the monastery's abbot]] sleep in its halls and courtyard,
    according to the monastery's abbot, who asked not to be named for fear of reprisals.
    [[Another 1,000|displaced]] live under tarpaulins in the teak forest behind it. They fled
    villages along the Chindwin river after soldiers, backed by helicopters, moved through the
    area in {{February}}. "They burned [[70 houses|housing;a=Aung;alt=a farmer]] in our
    village," said a farmer, {{58}}, who gave only his first name, Aung. Sagaing has become the
    heart of the resistance to the military that seized power in {{February 2021}}, and the
    region now holds [[more than 1.2 million|displaced;a=the UN]] of Myanmar's [[3.5 million
    displaced people|displaced;a=the UN]], the UN says. Data for Myanmar, an independent
    research group, counts [[over 80,000 homes|housing;a=Data for Myanmar]] burned across the
    country since the coup, [[more than 60,000 of them|housing;n=-;u=structure;a=Data for
    Myanmar]] in Sagaing. The abbot said the monastery had received [[200 sacks|aid;a=The
    abbot]] of rice from a Mandalay donor in the spring but nothing since. Roads into the
    township are blocked, and the monks now send boats downriver to buy food. The UN says
    [[19.9 million people|civilians;a=The UN]] across Myanmar need humanitarian aid this year.""",
)

item(
    "Earthquake drives Sagaing's displaced into the open again",
    """Families who had fled the fighting in Sagaing were sleeping in the open again this week,
    after the magnitude {{7.7}} earthquake that struck central Myanmar on {{March 28}}. The
    military government said on Wednesday that the quake had killed [[more than 3,600
    people|killed;a=The military government]] and injured [[over 5,000|injured;a=The military
    government]]. In Sagaing town, close to the epicentre, volunteers said [[some 2,000
    people|displaced;a=volunteers]] were living in tents on the football ground, many of them
    already displaced once by the war. "We ran from the soldiers two years ago, and now the
    ground itself threw us out," said Daw Khin, {{63}}. The town's administrator said about
    {{80 percent}} of buildings were damaged and that [[more than 400 residents|killed;a=The
    town's administrator]] had died there. The Myanmar Red Cross Society has handed out [[1,200
    tarpaulins|aid]] and [[600 hygiene kits|aid]] in the town. UN agencies estimated that the
    quake had damaged [[more than 2,000 monasteries|housing;a=UN agencies;u=structure]] across
    the region. In parts of Sagaing held by resistance forces, aid workers said, [[about 50,000
    people|displaced;a=aid workers]] who had already fled their villages were without any
    shelter.""",
)

item(
    "Myanmar verifies Rohingya names for a pilot return, Dhaka says",
    """Myanmar has verified [[about 1,100 Rohingya refugees|returned;p;a=Bangladesh's foreign
    ministry]] as eligible to return under a pilot repatriation plan, Bangladesh's foreign
    ministry said on Sunday. Dhaka sent Naypyitaw lists of [[862,000 refugees|displaced]] for
    verification between {{2018}} and {{2020}}. Under the pilot, backed by China, [[some 3,000
    refugees|returned;p]] would go back in a first phase before the monsoon. Myanmar says it
    has built [[two reception centres|capacity;a=Myanmar]] and a transit camp in Maungdaw
    township that can hold [[30,000 returnees|capacity;a=Myanmar]]. But refugees in the camps
    said they would not go without citizenship and a guarantee that they could return to their
    own villages. "Nobody wants to live in a camp in Myanmar instead of a camp here," said
    Mohammed Zubair, a community leader in {{Camp 4}}. [[More than 700,000 Rohingya|displaced]]
    fled to Bangladesh during the military crackdown of {{2017}}, and China has offered to
    build [[1,000 houses|housing;p;a=China]] for returnees in Maungdaw. Earlier attempts, in
    {{November 2018}} and {{August 2019}}, failed when not one refugee came forward. Officials
    on both sides have said little about [[the 1,140 refugees|displaced]] a Myanmar delegation
    interviewed in Teknaf in {{March}}. UNHCR said conditions in Rakhine were not yet right for
    returns.""",
)

item(
    "Landslides hit Rohingya camps as monsoon rains lash Cox's Bazar",
    """[[Three Rohingya children|killed;a=camp officials]] and a woman were killed when a hillside
    collapsed onto their shelter in Ukhiya early on Wednesday, camp officials said, after {{380
    mm}} of rain fell on Cox's Bazar in {{24 hours}}. Another landslide in {{Camp 8W}} injured
    [[two men|injured]]. The Inter Sector Coordination Group, which coordinates aid in the
    camps, said [[more than 1,800 shelters|housing;a=The Inter Sector Coordination Group]] had
    been damaged or destroyed since Monday and [[about 7,500 refugees|displaced;a=The Inter
    Sector Coordination Group]] had been moved to learning centres and to relatives' shelters.
    Volunteers trained by the Cyclone Preparedness Programme helped [[some 900
    families|displaced;a=the programme;alt=the Cyclone Preparedness Programme]] living on steep
    slopes move to safer ground, the programme said. "The water came through the floor, then
    the wall went," said Rashida, a mother in Balukhali. The Bangladesh Meteorological
    Department warned of more heavy rain over the next {{72 hours}}. Since {{2017}}, camp
    managers have planted trees and built retaining walls, but [[some 24,000
    refugees|civilians;a=UNHCR]] still live in areas at high risk of landslides, according to
    UNHCR. Landslides have killed [[at least 30 refugees|killed;a=the agency;alt=UNHCR]] in the
    camps since then, the agency said, and camp managers have opened [[12 learning
    centres|capacity]] as temporary shelters this week.""",
)

item(
    "58 Rohingya held in Teknaf while trying to board boat for Malaysia",
    """Members of Border Guard Bangladesh (BGB) detained [[58 Rohingya|arrested;a=a BGB
    official]], [[21 women|arrested;a=a BGB official]] among them, at Shah Porir Dwip in Teknaf
    early on Tuesday as they waited to board a trawler for Malaysia, a BGB official said.
    [[Three suspected traffickers|arrested;a=a BGB official]] were also arrested, he said. The
    detained refugees were later handed over to camp authorities in Ukhiya. Since {{January}},
    [[more than 4,000 Rohingya|displaced;a=UNHCR]] have attempted the sea journey to Malaysia
    and Indonesia, according to UNHCR. The agency said [[at least 180 Rohingya|missing;a=The
    agency;alt=UNHCR]] were missing after a boat disappeared in the Andaman Sea in
    {{December}}. The trawler's owner fled before the raid, police said.""",
)
