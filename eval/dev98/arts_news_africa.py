"""The same countries' other news, Africa and Haiti: floods, a landslide, cholera,
deportations, mining, an election, a stadium crush, reconstruction (10 articles, 1 without a
figure)."""

from _wrap import item

item(
    "Maiduguri flood: 37 dead, over 400,000 displaced - Zulum",
    """Borno State Governor Babagana Zulum has said [[no fewer than 37 persons|killed;a=Borno
    State Governor Babagana Zulum]] died in the flood that submerged large parts of Maiduguri
    after the collapse of the Alau Dam on Tuesday. Speaking at a briefing on Thursday, the
    governor said [[over 400,000 persons|displaced;a=the governor;alt=Borno State Governor
    Babagana Zulum]] had been displaced and were being sheltered in [[about 30
    camps|capacity;a=the governor;alt=Borno State Governor Babagana Zulum]], including schools
    and the Bakassi camp. He put the share of the city under water at {{40 per cent}}.
    Residents waded through chest-high water to reach the camps, carrying children and bundles
    on their heads. "Everything is gone, even the grain we stored for the rainy season," said
    Hauwa Modu, a trader in Fori. The State Emergency Management Agency said its officials,
    working with soldiers and volunteers, had evacuated [[over 5,000 persons|displaced;a=The
    State Emergency Management Agency]] by boat and canoe. The National Emergency Management
    Agency (NEMA) warned that [[as many as 1 million residents|civilians;p;a=The National
    Emergency Management Agency (NEMA)]] could be affected as the water moved downstream. The
    flood also hit the Maiduguri custodial centre, from which [[281 inmates|other;a=the
    Nigerian Correctional Service]] escaped, the Nigerian Correctional Service said. The Sanda
    Kyarimi Park Zoo said {{80 per cent}} of its animals had drowned and that some crocodiles
    and snakes had escaped. NEMA said [[10,000 bags|aid;a=NEMA]] of rice and [[5,000
    mats|aid;a=NEMA;u=other]] would be distributed to [[50,000 households|aid;p;a=NEMA]] in the
    coming days. The dam, {{20 kilometres}} south-east of the city, was built in {{1986}} and
    last rehabilitated in {{2012}}; engineers had warned that its spillway needed urgent
    repairs. The Federal Government has approved {{N3 billion}} for relief, Vice President
    Kashim Shettima said during a visit on Friday.""",
)

item(
    "Cholera: Sudan records 2,700 cases in a week as outbreak reaches Khartoum",
    """The Sudanese Ministry of Health reported [[2,700 new cholera cases|other;a=The Sudanese
    Ministry of Health]] and [[172 deaths|killed;a=The Sudanese Ministry of Health]] in the
    past week, most of them in Khartoum state, where water stations have been out of service
    since the army retook the capital. Since the outbreak was declared in {{August 2024}},
    [[more than 65,000 cases|other;a=the ministry;alt=The Sudanese Ministry of Health]] and
    [[over 1,700 deaths|killed;a=the ministry;alt=The Sudanese Ministry of Health]] have been
    recorded, the ministry said. The Sudan Doctors Network told Radio Dabanga that [[some 1,500
    patients|injured;a=The Sudan Doctors Network]] were admitted to treatment centres in
    Omdurman on Monday alone. MSF has opened [[three treatment centres|other]] in the city and
    says its teams are seeing children {{under five}} in large numbers. The World Health
    Organization said it had delivered [[1.4 million doses|aid;a=The World Health
    Organization;v=1400000]] of oral cholera vaccine, and a campaign to vaccinate [[2.5 million
    people|aid;p;v=2500000]] in Khartoum state will begin on Sunday. Temperatures above {{45C}}
    and a lack of clean water are driving the spread, doctors say. [[About 500
    families|returned;a=local committees]] return to Khartoum every day, local committees say,
    many to houses without running water.""",
)

item(
    "Dominican deportations: 27,000 Haitians sent back in three weeks",
    """The Dominican government's plan to deport [[up to 10,000 Haitians a
    week|returned;p;a=The Dominican government]], announced by President Luis Abinader on
    {{October 2}}, is straining reception points on the Haitian side of the border. Since the
    operation began, [[more than 27,000 people|returned;a=the International Organization for
    Migration]] have been sent back through Ouanaminthe, Belladere, Malpasse and Anse-a-Pitres,
    according to the International Organization for Migration. Among them were [[1,100
    unaccompanied children|returned;a=the agency;alt=the International Organization for
    Migration]], the agency said. At Belladere, IOM and its partners serve [[about 2,000 hot
    meals a day|aid]] to deportees, many of whom arrive with nothing but the clothes they wore
    when they were detained. "They picked me up on my way to work, I could not even call my
    wife," said Jean-Robert Pierre, {{29}}, a construction worker who had lived in Santo
    Domingo for {{eight years}}. The Dominican Republic deported [[about 250,000
    Haitians|returned;a=Dominican migration authorities]] in {{2023}}, according to Dominican
    migration authorities. Haiti's Office of National Migration said it had only [[four
    buses|other;a=Haiti's Office of National Migration]] to take people on to Port-au-Prince.
    Abinader has also said [[an additional 1,500 soldiers|combatants;p;a=Abinader]] will be
    sent to the border.""",
)

item(
    "Gofa landslide death toll rises to 257; UN warns it could reach 500",
    """ADDIS ABEBA - The death toll from the landslides in Kencho Shacha Gozdi kebele of Geze
    Gofa woreda, in southern Ethiopia's Gofa zone, has risen to [[257|killed;a=the zone's
    administration]], the zone's administration said on Wednesday. Among the dead are [[148
    men|killed;a=the zone's administration]] and [[109 women|killed;a=the zone's
    administration]], it said. OCHA said the toll could reach [[as many as
    500|killed;p;a=OCHA]] and that [[more than 15,000 people|displaced;p;a=OCHA]] needed to be
    evacuated from the area because of the risk of further slides. Rescuers, many digging with
    hoes and bare hands, have pulled [[12 survivors|other]] from the mud of the second slide,
    which buried residents who had gathered to dig for survivors. The regional government has
    allocated {{50 million birr}} for relief. [[About 1,300 households|aid;a=the regional
    disaster risk management bureau]] have received food and blankets, the regional disaster
    risk management bureau said. Prime Minister Abiy Ahmed visited the site on {{July 25}} and
    declared {{three days}} of national mourning.""",
)

item(
    "Congo extends cobalt export ban, readies quotas as prices slump",
    """KINSHASA (Reuters) - Democratic Republic of Congo extended its ban on cobalt exports by
    {{three months}} on Saturday and said it would then move to a quota system, seeking to
    support prices that have fallen to their lowest in {{nine years}}. Congo, which produces
    {{about 75%}} of the world's cobalt, exported [[about 214,000 tonnes|other;a=the Cobalt
    Institute]] of the metal last year, according to the Cobalt Institute. The strategic
    minerals regulator, ARECOMS, said quotas of [[up to 96,600 tonnes a year|other;p;a=The
    strategic minerals regulator;alt=ARECOMS;n=tonnes]] would be shared among producers from
    {{2026}}. China's CMOC, the largest producer, said it produced [[114,165
    tonnes|other;a=China's CMOC]] in {{2024}}, up {{106%}} on the year. Traders estimate that
    [[about 100,000 tonnes|other;a=Traders]] of cobalt hydroxide are stockpiled at mines and in
    transit. Cobalt prices had fallen to {{$10 a pound}} before the ban, from more than {{$40}}
    in {{2022}}. The ban also hits [[some 200,000 artisanal miners|other]] in the Lualaba and
    Haut-Katanga provinces, who dig by hand and sell to trading houses in Kolwezi. Glencore,
    the second-largest producer, declared force majeure on some deliveries in {{March}}.""",
)

item(
    "CNE: Frelimo takes 195 of 250 seats as Chapo declared winner",
    """MAPUTO - The National Elections Commission (CNE) announced on Thursday that Daniel
    Chapo, the candidate of the ruling Frelimo party, had won the presidential election of {{9
    October}} with {{70.67 per cent}} of the vote. Venancio Mondlane, {{51}}, who ran with the
    backing of the Podemos party, came second with {{20.32 per cent}}. Ossufo Momade of Renamo
    was third with {{6.62 per cent}}. In the parliamentary vote, Frelimo won [[195|other;a=the
    CNE;u=other]] of the [[250 seats|other;a=the CNE;u=other]] in the Assembly of the Republic,
    the CNE said. Podemos became the main opposition party with [[31 seats|other;u=other]],
    ahead of Renamo, the former rebel movement, with [[20|other;u=other]] and the MDM with
    [[four|other;u=other]]. Of the [[17.1 million registered voters|other;v=17100000]], [[about
    7.3 million|other;v=7300000]] cast a ballot, a turnout of {{43 per cent}}. Voting took
    place at [[over 8,700 polling stations|other;u=structure]] across the country's provinces
    and in the diaspora. Mondlane rejected the results and said his own count gave him {{53 per
    cent}}. Observers from the European Union said they had found "irregularities during
    counting and unjustified alteration of results". Frelimo has governed Mozambique since
    independence in {{1975}}. The Constitutional Council has {{two months}} to validate the
    results. Chapo, {{47}}, a former governor of Inhambane, is due to take office on {{15
    January}}.""",
)

item(
    "Eight dead in crush at Olembe stadium before Cameroon match",
    """YAOUNDE (AFP) - [[Eight people|killed;a=Health Minister Manaouda Malachie]] were killed
    and [[38 injured|injured;a=Health Minister Manaouda Malachie]] in a crush at an entrance to
    the Olembe stadium in Yaounde on Monday before Cameroon's Africa Cup of Nations {{last-16}}
    match against Comoros, Health Minister Manaouda Malachie said. [[Seven of the
    injured|injured]] were in a serious condition at the Messassi hospital. Witnesses said
    [[about 50,000 fans|other;a=Witnesses]] had tried to get into the {{60,000-seat}} stadium,
    where attendance was capped at {{80%}} under {{COVID-19}} rules, and that stewards closed a
    gate as the crowd pushed forward. [[Two children|killed;a=a hospital source]] were among
    the dead, a hospital source said. Cameroon won the match {{2-1}}, with Karl Toko Ekambi and
    Vincent Aboubakar scoring. The tournament, Cameroon's first as host since {{1972}}, was
    delayed from {{2019}} and then from {{2021}}.""",
)

item(
    "Chad's Deby declared winner of presidential election",
    """N'DJAMENA (Reuters) - Chad's transitional president Mahamat Idriss Deby was declared the
    winner of the {{May 6}} presidential election on Thursday, with {{61.3%}} of the vote,
    according to provisional results from the electoral agency, ANGE. Prime Minister Succes
    Masra came second with {{18.53%}} and former prime minister Albert Pahimi Padacke third
    with {{16.91%}}. Turnout was {{75.89%}}, the agency said. Masra, {{40}}, had declared
    himself the winner hours before the results were published and called on his supporters to
    "mobilise peacefully". Deby, {{40}}, took power in {{April 2021}} after his father, Idriss
    Deby Itno, who had ruled for {{three decades}}, was killed while visiting troops fighting
    rebels in the north. The Constitutional Council has until {{May 21}} to publish final
    results.""",
)

item(
    "One year after Storm Daniel, Derna rebuilds as families of the missing wait",
    """DERNA - A year after Storm Daniel burst the Abu Mansour and Derna dams above the city,
    cranes stand over whole blocks of new flats, but [[thousands of families|civilians]] are
    still waiting for news of relatives swept into the sea. The floods of {{September 10,
    2023}} killed [[about 4,350 people|killed;a=the UN humanitarian office]] in Derna and
    nearby towns, according to the UN humanitarian office, and [[more than 8,000|missing;a=the
    UN humanitarian office]] are still listed as missing. [[Some 44,000 people|displaced]] were
    displaced at the height of the disaster. The Derna and Affected Areas Reconstruction Fund,
    set up by the eastern-based authorities, says it has handed over [[3,500 housing
    units|housing;a=The Derna and Affected Areas Reconstruction Fund]] and plans [[another
    6,000|housing;p;a=The Derna and Affected Areas Reconstruction Fund;u=structure]] by the end
    of next year. [[Four bridges|other;u=structure]] across the wadi have been rebuilt. In
    {{July}}, a court in Derna sentenced [[12 officials|arrested]] to prison terms of {{9 to 27
    years}} for negligence over the maintenance of the dams, which were built in the {{1970s}}.
    The fund has not published its budget, estimated by Libyan media at {{$1.2 billion}}. "The
    buildings are new, but the city is empty of people we knew," said Hamdi Ashour, {{58}}, who
    lost [[seven relatives|killed]].""",
)

item(
    "Beledweyne floods: 245,000 displaced as Shabelle bursts its banks",
    """GAROWE, Puntland (Garowe Online) - Floods caused by heavy Gu rains in the Ethiopian
    highlands have displaced [[over 245,000 people|displaced;a=OCHA]] in and around Beledweyne,
    the capital of Hiiraan region, OCHA said on Tuesday. The Shabelle river burst its banks on
    Sunday, flooding {{85%}} of the town. [[At least 22 people|killed;a=local officials]] have
    drowned across Hirshabelle state since the start of the rains, local officials said. In
    all, [[some 460,000 people|civilians;a=the UN agency;alt=OCHA]] have been affected, the UN
    agency said, and {{about 1,200 hectares}} of farmland are under water. The Somali Disaster
    Management Agency warned that [[up to 1.6 million people|civilians;p;a=The Somali Disaster
    Management Agency;v=1600000]] could be affected if the rains continue into {{June}}. The
    government deployed [[20 boats|other]] to ferry residents to higher ground at Ceel Jaalle,
    where families sleep under plastic sheets. WFP said it had airlifted [[40
    tonnes|aid;a=WFP]] of food to the town. Beledweyne floods almost every year; in {{2019}},
    [[more than 200,000 residents|displaced]] were forced from their homes. The floods come
    after {{five failed rainy seasons}} that left the country on the brink of famine in
    {{2022}}.""",
)
