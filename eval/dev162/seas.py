"""Naval deployments, exercises, war games and forward postures (8 articles, all with
figures)."""

from _wrap import item

item(
    "EU launches Red Sea naval mission to shield shipping from Houthi attacks",
    """BRUSSELS — The European Union launched a naval mission to protect merchant shipping in the
    Red Sea on Monday, with [[at least four warships|other;u=other]] from France, Germany, Italy and
    Greece under Greek command. The operation, called Aspides, will not strike Houthi targets on
    land, unlike the U.S.-led coalition, which has carried out [[dozens of strikes|other;u=other]]
    in Yemen since mid-January. The Houthis have attacked [[more than 50 commercial
    vessels|other;u=other;a=the Pentagon]] since November, according to the Pentagon. The German
    frigate Hessen, with [[about 240 sailors|combatants]] aboard, shot down [[two drones|other]] on
    its first day in the area. Traffic through the Suez Canal has fallen by {{42%}} since the
    attacks began, and the mission has a budget of {{8 million euros}} for its first year. [[Around
    20 countries|other;u=other]] have signed up to the separate U.S.-led Operation Prosperity
    Guardian. The Houthis are still holding the [[25 crew members|kidnapped]] of the Galaxy Leader,
    which they seized in November.""",
)

item(
    "Philippines, US open largest-ever Balikatan drills near Taiwan",
    """MANILA -- The Philippines and the U.S. began their largest-ever Balikatan exercises on
    Monday, with [[some 17,000 troops|combatants]] drilling across the archipelago, including on
    islands facing Taiwan and the South China Sea. [[About 9,000 U.S. personnel|combatants;a=the
    Armed Forces of the Philippines]] and [[5,000 Filipino soldiers|combatants;a=the Armed Forces of
    the Philippines]] will take part, along with [[around 250 Australians|combatants;a=the Armed
    Forces of the Philippines]] and observers from [[14 countries|other;u=other;a=the Armed Forces
    of the Philippines]], the Armed Forces of the Philippines said. For the first time, the Marine
    Corps will deploy its NMESIS anti-ship missile system, which can hit targets up to {{185 km}}
    away, to the Batanes islands. A Typhon launcher, able to fire missiles more than {{1,600 km}},
    has stayed in the northern Philippines since {{April 2024}}, drawing protests from Beijing. The
    drills, which run until {{May 9}}, also involve [[about 30 ships|other]] and [[more than 100
    aircraft|other]].""",
)

item(
    "Taiwan reports record 153 Chinese aircraft during war games",
    """TAIPEI, {{Oct 15}} (Reuters) - Taiwan said on Tuesday it had detected [[a record 153 Chinese
    military aircraft|other;a=Taiwan]] around the island in a single day during war games that
    Beijing said were a warning to "separatist acts". Taiwan's defence ministry said [[111 of the
    aircraft|other;a=Taiwan's defence ministry]] had crossed the median line of the Taiwan Strait,
    and that it had also tracked [[14 navy ships|other;a=Taiwan's defence ministry]] and [[12 other
    government vessels|other;u=other;a=Taiwan's defence ministry]]. The drills, named {{Joint
    Sword-2024B}}, came {{four days}} after President Lai Ching-te's National Day speech. China's
    coast guard said [[17 of its vessels|other;u=other;n=vessels;a=China's coast guard]] had
    patrolled waters around the island. The previous one-day record, [[103 aircraft|other]], was set
    in {{September 2023}}.""",
)

item(
    "Germany activates first permanent combat brigade abroad in Lithuania",
    """VILNIUS, Lithuania — Germany formally activated its {{45th}} Panzer Brigade in Lithuania on
    Tuesday, its first permanent combat brigade stationed abroad since World War II. The brigade
    will grow to [[about 4,800 soldiers|combatants;p;a=the German defense ministry]] and [[200
    civilian employees|other;p;a=the German defense ministry]] by {{2027}}, the German defense
    ministry said. [[About 400 troops|combatants]] are already at Rukla, living in temporary
    quarters until [[two new bases|other;u=structure;p]] are finished near Vilnius and Kaunas. Its
    equipment will include [[about 105 Leopard 2A8 tanks|other;p]]. Lithuania, which is paying for
    the bases and training areas, has set aside {{€1 billion}}, or about {{0.3%}} of its economic
    output a year, for the project. Germany expects [[about 1,000 military
    families|other;p;a=Germany]] to move to Lithuania with the brigade.""",
)

item(
    "UN peacekeepers in Lebanon say Israeli tanks forced their way into base",
    """BEIRUT (AFP) - UNIFIL, the UN peacekeeping force in south Lebanon, said Sunday that Israeli
    tanks had smashed through the main gate of one of its positions, and that [[five of its
    peacekeepers|injured;n=peacekeepers;a=UNIFIL]] had been wounded by Israeli fire since Thursday.
    The force, with [[about 10,000 troops|combatants]] from [[50 countries|other;u=other]], has
    refused Israeli demands that it pull back from the border. Israel says Hezbollah fighters
    operate near UN positions and have fired [[thousands of rockets|other;a=Israel]] into northern
    Israel since {{October 2023}}. Italy, which has [[more than 1,000 soldiers|combatants]] in the
    force, summoned Israel's ambassador. Ireland, with [[about 370 soldiers|combatants]] in UNIFIL,
    said its troops were safe. [[Some 40 countries|other;u=other]] that contribute troops signed a
    joint statement condemning the attacks. The force monitors Security Council Resolution {{1701}},
    which ended the {{2006}} war.""",
)

item(
    "NATO to hold biggest drills since Cold War with 90,000 troops",
    """BRUSSELS (AP) — NATO will hold its largest exercise since the Cold War this spring, with
    [[about 90,000 troops|combatants;p;a=Christopher Cavoli]] from [[all 31
    allies|other;u=other;p;a=Christopher Cavoli]] and Sweden taking part, said Christopher Cavoli,
    the alliance's supreme commander in Europe. The drills, called {{Steadfast Defender 2024}}, will
    run until May and rehearse the reinforcement of Europe from North America. They will involve
    [[more than 50 ships|other;p]], from aircraft carriers to destroyers, [[over 80 fighter jets,
    helicopters and drones|other;p;n=fighter jets, helicopters and drones]] and [[at least 1,100
    combat vehicles|other;p]], including [[133 tanks|other;p]] and [[533 infantry fighting
    vehicles|other;p]]. The alliance's last exercise on this scale, Trident Juncture in {{2018}},
    drew [[about 50,000 troops|combatants]].""",
)

item(
    "US buildup in Caribbean grows as strikes on boats continue",
    """The U.S. military now has [[eight warships|other;u=other]] and [[about 4,500 sailors and
    Marines|combatants;n=sailors and Marines]] in the southern Caribbean, and has sent [[10 F-35
    stealth fighters|other;u=other]] to Puerto Rico, in a buildup the Trump administration says
    targets drug cartels. Defense Secretary Pete Hegseth said U.S. forces had struck [[three
    boats|other;a=Defense Secretary Pete Hegseth]] since early September, killing [[17
    people|killed;a=Defense Secretary Pete Hegseth]] he described as "narco-terrorists". Venezuela's
    President Nicolás Maduro said he had mobilized [[4.5 million militia
    members|combatants;v=4500000;a=Venezuela's President Nicolás Maduro]] to defend the country.
    Legal experts say the strikes, carried out {{hundreds of kilometers}} from U.S. shores, may
    violate international law. Venezuela said it had deployed [[25,000
    troops|combatants;a=Venezuela]] to its border with Colombia.""",
)

item(
    "China's navy passes 370 ships as Pentagon warns of faster growth",
    """China's navy, already the world's largest by number of hulls, now has [[more than 370 ships
    and submarines|other;u=other;n=ships and submarines;a=the Pentagon]], the Pentagon said in its
    annual report to Congress, including [[more than 140 major surface
    combatants|other;u=other;a=the Pentagon]]. The report expects the fleet to grow to
    [[395|other;p;u=other;a=The report;alt=the Pentagon]] by {{2025}} and
    [[435|other;p;u=other;a=The report;alt=the Pentagon]] by {{2030}}. The PLA Navy has commissioned
    [[eight Type 055 destroyers|other;u=other;v=8]], each displacing about {{13,000 tonnes}}, since
    {{2020}}. The US Navy, by comparison, has [[about 290 battle force ships|other]], although its
    vessels are on average larger and it operates [[11 aircraft carriers|other;u=other]] to China's
    [[three|other;u=other]].""",
)
