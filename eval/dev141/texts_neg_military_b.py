"""dev141 hard negatives (hard_negative_military, 2 of 2): recruitment and conscription,
think-tank reports, space and missile tests, commissioning, arms packages and basing."""

# (title, text, kind code)
NEGATIVES = [
    (
        "British Army misses recruiting target again as Capita contract comes under fire from MPs",
        "The British Army recruited just over 5,000 regular soldiers in the last financial year "
        "against a target of 9,813, according to Ministry of Defence figures released on "
        "Thursday, the fifth year in a row it has fallen short. The Public Accounts Committee "
        "said the recruiting partnership with outsourcing firm Capita, worth about £1.3 billion, "
        'had "consistently failed" and that the army\'s medical process was turning away '
        "candidates for minor conditions such as childhood asthma and eczema. Applications "
        "remain high, the committee noted, but it takes an average of 229 days from application "
        "to basic training, and many candidates drop out in the meantime. The trained strength "
        "of the regular army stood at 73,520 on 1 April, below the planned size of 73,000 only "
        "because of recent cuts to the target. Defence Secretary Grant Shapps said the "
        "government would speed up the process by making conditional offers within ten days and "
        "reviewing medical standards. Capita said recruitment had improved in recent months and "
        "that the target was set at an unusually high level. The army's next recruiting contract "
        "will be awarded in 2027.",
        "military",
    ),
    (
        "Taiwan to extend compulsory military service to one year from 2024, citing China threat",
        "TAIPEI - Taiwan will extend mandatory military service for men born after 2005 from "
        "four months to one year starting in 2024, President Tsai Ing-wen announced on Tuesday, "
        "saying the island needed a stronger defence as China steps up military pressure. "
        "Conscripts will receive more intensive training, including on Stinger missiles, "
        "anti-tank Javelin weapons and drones, and will take part in exercises alongside regular "
        "troops, Tsai said at a news conference after a national security meeting. Monthly pay "
        'for conscripts will rise from about NT$6,510 to more than NT$20,000. "No one wants '
        'war," Tsai said. "But peace will not fall from the sky." The defence ministry said '
        "the reform would add about 60,000 to 70,000 soldiers a year to the active force. Taiwan "
        "reduced its conscription term to four months in 2013 as it moved toward an "
        "all-volunteer military, but the experiment has struggled with recruitment. Opinion "
        "polls show broad public support for a longer service period. The main opposition "
        "Kuomintang said it backed the decision but criticised the government for not announcing "
        "it sooner.",
        "military",
    ),
    (
        "Ukraine's parliament passes long-delayed mobilisation law, drops demobilisation clause",
        "KYIV - Ukraine's parliament passed a law on Thursday overhauling the rules for "
        "mobilising men into the armed forces, after months of debate over how to replenish "
        "units that have been fighting since Russia's full-scale invasion in February 2022. The "
        "law, approved by 283 lawmakers, requires men aged 18 to 60 to update their details with "
        "military registration offices within 60 days and to carry their documents at all times, "
        "and introduces penalties for those who do not. A clause that would have allowed "
        "soldiers to be demobilised after 36 months of service was removed at the request of the "
        "military command, which said it would prepare a separate bill. Commanders have "
        "complained for months about a shortage of infantry and about exhausted troops who have "
        "been at the front without rotation. President Volodymyr Zelensky earlier signed a "
        "separate law lowering the minimum age for mobilisation from 27 to 25. Several lawmakers "
        "and soldiers' families criticised the removal of the demobilisation clause, and one "
        "said it broke a promise made to those who had served since the first days of the "
        "invasion. The law takes effect a month after it is signed. The military estimates that "
        "hundreds of thousands of men have not updated their records. The law also allows some "
        "convicts to serve in the army in exchange for parole, a measure modelled on programmes "
        "the Russian military has used. Human rights groups have raised concerns about the "
        "conduct of some recruitment officers, who have been filmed stopping men in the street. "
        "Government officials say the new rules will make the process more transparent by moving "
        "much of the registration online, through an app called Reserv+. Polls show that most "
        "Ukrainians still support continuing to resist, but fatigue with the war is growing.",
        "military",
    ),
    (
        "Military Balance: world defence spending hits record $2.46 trillion, IISS says",
        "LONDON - Global military spending rose 7.4% to a record $2.46 trillion last year, the "
        "International Institute for Strategic Studies said on Wednesday in the annual edition "
        "of its Military Balance report, as European states and Russia poured money into their "
        "armed forces. Europe's NATO members increased defence spending by 11.7% in real terms, "
        "while Russia's spending reached about 6.7% of gross domestic product, the London-based "
        "think tank said. The report said Russia was making up for its war losses in armour by "
        "pulling thousands of older tanks out of storage and refurbishing them. China's defence "
        "spending grew for the 30th year in a row, and the IISS said Beijing's growing number of "
        "modern warships and fighter aircraft was changing the balance of power in the Western "
        "Pacific. IISS Director-General Bastian Giegerich said the security environment was "
        'entering a "more dangerous decade" in which deterrence would depend on industrial '
        "capacity as much as on forces in service. The report also noted that many Western "
        "militaries were struggling to recruit and that ammunition stocks remained well below "
        "what planners say is needed.",
        "military",
    ),
    (
        "Russian anti-satellite missile test creates debris field; ISS crew told to shelter",
        "WASHINGTON - Russia destroyed one of its own defunct satellites with a ground-launched "
        "missile on Monday, creating a field of more than 1,500 pieces of trackable debris that "
        "forced the crew of the International Space Station to shelter in their docked "
        "spacecraft, US officials said. The target was Kosmos 1408, a Soviet-era signals "
        "intelligence satellite launched in 1982, according to US Space Command, which called "
        'the test "reckless and irresponsible." Secretary of State Antony Blinken said the '
        "debris would threaten satellites and human spaceflight for years. Russia's defence "
        "ministry later confirmed the test, saying the fragments posed no threat to orbital "
        "activities. The missile was a direct-ascent anti-satellite weapon of the Nudol type, "
        "analysts said. The United States, China and India have all carried out similar tests in "
        "the past, and arms-control experts said the episode strengthened the case for a ban on "
        "destructive tests. Four astronauts and two cosmonauts aboard the ISS closed hatches to "
        "some modules and stayed near their capsules during two passes through the debris cloud. "
        "NASA said the crew was safe and normal operations had resumed by the evening.",
        "military",
    ),
    (
        "DRDO's Mission Divyastra: Agni-V tested with multiple independently targetable warheads",
        "New Delhi: India on Monday conducted the first flight test of the Agni-V ballistic "
        "missile fitted with Multiple Independently Targetable Re-entry Vehicle (MIRV) "
        "technology, Prime Minister Narendra Modi announced, placing the country among a small "
        "group of nations with the capability. The test, called Mission Divyastra, was conducted "
        "from Dr APJ Abdul Kalam Island off the coast of Odisha, and the warheads fell in the "
        "Bay of Bengal. Telemetry and radar stations tracked multiple re-entry vehicles, and the "
        "mission met its design parameters, the Defence Research and Development Organisation "
        "(DRDO) said. The project was led by a woman scientist, officials said, and the weapon "
        "system uses indigenous avionics and high-accuracy sensor packages. Defence officials "
        "told ThePrint that the MIRV capability would allow a single missile to deliver warheads "
        "against several targets hundreds of kilometres apart, complicating an adversary's "
        "missile defences. The Agni-V has a range of more than 5,000 km and was first tested in "
        "2012. Issuing a NOTAM for the Bay of Bengal area last week had tipped off open-source "
        "analysts that a long-range test was coming.",
        "military",
    ),
    (
        "INS Vikrant commissioned: India joins club of nations that design and build aircraft "
        "carriers",
        "Kochi: Prime Minister Narendra Modi on Friday commissioned INS Vikrant, India's first "
        "indigenously designed and built aircraft carrier, at a ceremony at the Cochin Shipyard, "
        "calling it a symbol of a self-reliant India. The 45,000-tonne carrier, built at a cost "
        "of about Rs 20,000 crore, is the largest warship ever made in India. It will carry a "
        "mix of MiG-29K fighters and helicopters, and will be able to operate around 30 "
        "aircraft, the Navy said. At the ceremony, Modi also unveiled a new naval ensign that "
        "drops the St George's Cross, which he described as a remnant of the colonial past. Sea "
        "trials began in August last year, but aviation trials with fighter jets will continue "
        "into next year, and the carrier is not expected to be fully operational until the end "
        "of 2023. Officials said about 76% of the ship's components were sourced in India. The "
        "Navy has long argued for a third carrier to allow two to be available at any time, but "
        "the proposal has not yet been approved by the government.",
        "military",
    ),
    (
        "Pentagon announces $2 billion Ukraine package with long-range GLSDB, air defence "
        "interceptors",
        "WASHINGTON - The Pentagon on Friday announced a $2.175 billion security assistance "
        "package for Ukraine that includes, for the first time, the Ground-Launched Small "
        "Diameter Bomb, a precision weapon with a range of about 150 kilometres that could be "
        "fired from HIMARS launchers. The package, funded through the Ukraine Security "
        "Assistance Initiative, means the weapons will be bought from industry rather than drawn "
        "from US stocks, and could take months or longer to arrive, Pentagon spokesman Brig. "
        "Gen. Pat Ryder told reporters. It also includes equipment for two Patriot batteries, "
        "Javelin anti-tank missiles, 155 mm and 120 mm ammunition and support for Ukraine's "
        "fleet of Bradley fighting vehicles. A separate package of $500 million drawn from "
        "Pentagon stocks was announced the same day. Boeing and Saab developed the GLSDB by "
        "mating the GBU-39 bomb with a rocket motor. Ukraine has asked for ATACMS missiles with "
        "a range of about 300 km, but the administration has so far declined. The United States "
        "has committed more than $29 billion in security assistance to Kyiv since the start of "
        "the full-scale invasion, according to the Defense Department.",
        "military",
    ),
    (
        "Germany's 45th Panzer Brigade formally activated in Vilnius, first permanent Bundeswehr "
        "brigade abroad",
        "VILNIUS - Germany formally activated the 45th Panzer Brigade in Lithuania on Thursday, "
        "the first time the Bundeswehr has permanently stationed a combat brigade outside "
        "Germany since the Second World War. Chancellor Friedrich Merz and Lithuanian President "
        "Gitanas Nausėda attended a ceremony in Vilnius' Cathedral Square, where soldiers from "
        "the brigade's staff paraded with German and Lithuanian flags. The brigade, nicknamed "
        '"Lithuania" and expected to reach full strength of about 4,800 troops and 200 '
        "civilian staff by 2027, will include the Panzergrenadier Battalion 122 from Bavaria and "
        "the Panzer Battalion 203 from North Rhine-Westphalia, as well as a multinational "
        "battlegroup already based in the country. Lithuania is building barracks, training "
        "areas and housing for soldiers' families near the towns of Rūdninkai and Rukla at a "
        'cost of about 1 billion euros. Merz said Germany would defend "every centimetre" of '
        "NATO territory. Recruiting volunteers to move to Lithuania with their families has "
        "proved a challenge, German media have reported, and the defence ministry is offering "
        "extra allowances. Russia's foreign ministry said the deployment showed NATO's "
        "aggressive intentions.",
        "military",
    ),
]
