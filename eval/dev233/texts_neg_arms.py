"""dev233 negatives: explainers on weapons, armies, alliances and exercises with no current
fighting reported (military), and on peace deals, arms control and nuclear talks (peace)."""

NEGATIVES = [
    (
        "What is Aukus and why does it matter?",
        "Australia, the UK and the US have unveiled the details of their Aukus pact, under which "
        "Australia will acquire nuclear-powered attack submarines over the next three decades. "
        "The leaders of the three countries made the announcement at a naval base in San Diego on "
        "Monday. So what exactly has been agreed? From 2032 Australia will buy three to five "
        "second-hand Virginia-class submarines from the US, and a new class of boat, SSN-Aukus, "
        "will later be built in Adelaide and in Barrow-in-Furness in the UK. The cost to "
        "Australia is estimated at up to A$368bn ($245bn) by the mid-2050s. The submarines will "
        "be conventionally armed: Canberra insists it is not seeking nuclear weapons. Why does it "
        "matter? The deal is widely seen as an effort to counter China's growing military "
        "power in the Indo-Pacific, and Beijing has accused the three countries of going down "
        "“a path of error and danger”. It also cost France a A$90bn submarine contract in "
        "2021, prompting a diplomatic row.",
        "military",
    ),
    (
        "How does Iron Beam work? Israel's laser air defence explained",
        "Israel's defence ministry says it has successfully completed a series of tests of Iron "
        "Beam, a high-energy laser system designed to shoot down rockets, mortar bombs and "
        "drones. In the trials, held in the Negev desert, the laser destroyed targets in "
        "mid-air, according to video released by the ministry. How does it work? Instead of "
        "firing an interceptor missile, Iron Beam focuses a beam of light on a target for a few "
        "seconds until it heats up and fails. Officials say each shot costs a few dollars, "
        "compared with tens of thousands of dollars for each Tamir interceptor fired by the "
        "Iron Dome system. There are limits: lasers struggle in cloud, dust and heavy rain, and "
        "the system can only engage one target at a time. Rafael, the state-owned company that "
        "developed it with Elbit Systems, says the first units could enter service within two "
        "years. Analysts say the technology will complement rather than replace missile "
        "defences.",
        "military",
    ),
    (
        "What is the Golden Dome missile shield and can it work?",
        "President Donald Trump has chosen a design for what he calls the Golden Dome, a "
        "missile defence shield that he says will protect the United States from attack by "
        "ballistic, hypersonic and cruise missiles. He said the system would cost $175bn and be "
        "“fully operational” before the end of his term in January 2029. What would it "
        "involve? Hundreds, and possibly thousands, of satellites would detect launches and, in "
        "some versions of the plan, fire interceptors from space. The Congressional Budget "
        "Office has estimated that the space-based interceptors alone could cost as much as "
        "$542bn over 20 years. The name echoes Israel's Iron Dome, but the challenge is very "
        "different: the continental US is vast, and intercontinental missiles travel far faster "
        "than the short-range rockets Israel deals with. Canada has said it is in talks to take "
        "part. Russia and China have called the plan destabilising, warning it could spur a new "
        "arms race in space.",
        "military",
    ),
    (
        "Why is Japan doubling its defence spending?",
        "Japan has approved its biggest military build-up since the Second World War, pledging "
        "to double defence spending to about 2% of GDP by 2027. The plan, set out in three "
        "security documents released on Friday, would make Japan the world's third-largest "
        "military spender after the US and China. What will the money buy? The most "
        "controversial item is a “counterstrike capability”: up to 400 US-made Tomahawk "
        "cruise missiles able to hit targets inside another country. Tokyo will also stock up on "
        "ammunition, harden bases and build a new joint command. Why now? The government cites "
        "China's military expansion, North Korea's missile launches and Russia's invasion of "
        "Ukraine, which officials say showed that deterrence can fail. Japan's pacifist "
        "constitution has long limited its armed forces to self-defence, and critics say the "
        "strategy stretches that to breaking point. Paying for it is another question: Prime "
        "Minister Fumio Kishida has proposed tax rises that have split his own party.",
        "military",
    ),
    (
        "What is Nato's Article 5 and what does Finland's membership change?",
        "Finland has become the 31st member of Nato, doubling the length of the alliance's "
        "border with Russia. The Finnish flag was raised at Nato headquarters in Brussels on "
        "Tuesday after Turkey became the last member to ratify the accession. What does "
        "membership mean? At its heart is Article 5 of the North Atlantic Treaty, which states "
        "that an armed attack against one member “shall be considered an attack against them "
        "all”. It has been invoked only once, after the attacks on the US on 11 September 2001. "
        "The article does not oblige allies to send troops; each decides what action it deems "
        "necessary. Finland brings one of Europe's largest artillery forces and a wartime "
        "strength of 280,000 troops, built on conscription. For decades the country stayed "
        "militarily non-aligned, but public support for joining jumped after Russia's full-scale "
        "invasion of Ukraine in 2022. Sweden's bid remains blocked by Turkey and Hungary.",
        "military",
    ),
    (
        "What is the Hwasong-19? North Korea's newest missile explained",
        "North Korea says it has tested a new intercontinental ballistic missile, the Hwasong-19, "
        "which it calls the “ultimate version” of its long-range weapons. The missile was "
        "launched on a steep trajectory and flew for 86 minutes, the longest flight time yet "
        "recorded for a North Korean missile, before falling into the sea west of Japan's "
        "Okushiri island, according to Japan's defence ministry. No damage was reported. What do "
        "we know about it? State media images show a large solid-fuel missile fired from an "
        "11-axle launch vehicle. Solid fuel makes missiles quicker to launch and harder to detect "
        "than older liquid-fuelled designs. Experts say the missile's theoretical range would "
        "put the entire continental United States within reach, though it is unclear whether "
        "Pyongyang has mastered the technology to protect a warhead on re-entry. The launch came "
        "days before the US presidential election, and South Korea and the US condemned it as a "
        "violation of UN resolutions.",
        "military",
    ),
    (
        "Zapad 2025: what are the Russia-Belarus military drills and should Nato worry?",
        "Russia and Belarus have begun Zapad 2025, a week of joint military exercises held on "
        "training grounds in Belarus, western Russia and the Baltic Sea. The Belarusian defence "
        "ministry says about 13,000 troops are taking part, far fewer than the 200,000 Moscow "
        "claimed for the previous drills in 2021. What will they practise? Officials say the "
        "scenario includes repelling an attack on the two countries and planning the use of "
        "nuclear weapons and Russia's new Oreshnik missile, which Moscow plans to deploy in "
        "Belarus. Poland has closed its border with Belarus for the duration and moved 40,000 "
        "soldiers towards it, and Lithuania and Latvia have tightened controls. Why are "
        "neighbours nervous? Russia's full-scale invasion of Ukraine in 2022 was launched partly "
        "from Belarus after troops arrived for exercises. The United States sent observers at "
        "Minsk's invitation this time, a sign of the thaw between Washington and President "
        "Alexander Lukashenko.",
        "military",
    ),
    (
        "How does Taiwan's one-year military service work?",
        "Young men in Taiwan called up from this month will serve a full year in the armed "
        "forces, up from four months, under a reform that took effect on 1 January. Around "
        "9,000 conscripts are expected to report in the first year. Why the change? President "
        "Tsai Ing-wen said the four-month scheme had become inadequate as China stepped up "
        "military pressure, and that the island needed a larger reserve to deter an invasion. "
        "What will conscripts do? The defence ministry says training will include shooting "
        "practice with more live rounds, the use of Stinger missiles and drones, and urban "
        "combat. Monthly pay has been raised to about NT$20,000 ($650). Critics say the "
        "island's training bases are ageing and its officer corps too small to absorb the "
        "increase. Surveys suggest most Taiwanese support the longer service, though many young "
        "men interviewed by local media said they worried about delaying their careers. Women "
        "are still exempt.",
        "military",
    ),
    (
        "Should Germany bring back conscription? The debate explained",
        "Germany's cabinet has approved a bill that would introduce a new form of military "
        "service, a first step towards what could become a return of conscription, which the "
        "country suspended in 2011. Under the plan, every 18-year-old man will receive a "
        "questionnaire about his fitness and willingness to serve, and will have to attend a "
        "medical assessment from 2027. Women can fill in the form voluntarily. What if not "
        "enough people volunteer? Defence Minister Boris Pistorius says parliament could then "
        "vote to make service compulsory. The Bundeswehr has about 182,000 soldiers and wants "
        "260,000 by the mid-2030s, plus 200,000 reservists, to meet Nato targets. Germany has "
        "also pledged to raise defence spending to 3.5% of GDP. Opinion polls show a majority "
        "of Germans support compulsory service, but the youngest voters are the least keen. "
        "Young conservatives want it made mandatory straight away, while the Left party calls "
        "the bill a step towards militarisation.",
        "military",
    ),
    (
        "What is the Iran nuclear deal and what does it mean?",
        "Iran and six world powers have reached a landmark agreement on Tehran's nuclear "
        "programme after almost two years of negotiations, with the final round in Vienna "
        "running 17 days. The Joint Comprehensive Plan of Action (JCPOA) limits Iran's nuclear "
        "activity in return for the lifting of sanctions. What does Iran give up? It will cut "
        "its number of centrifuges by two-thirds, reduce its stockpile of enriched uranium by "
        "98% and keep enrichment at 3.67%, far below the level needed for a bomb. The "
        "International Atomic Energy Agency will be able to inspect its facilities. What does "
        "Iran get? Sanctions imposed by the UN, the US and the EU will be lifted once "
        "inspectors confirm that it has met its commitments, releasing billions of dollars in "
        "frozen assets. If Iran breaks the deal, sanctions can “snap back”. Israel's prime "
        "minister, Benjamin Netanyahu, called the deal a “historic mistake”. In Tehran, people "
        "poured into the streets to celebrate.",
        "peace",
    ),
    (
        "US-Iran talks in Oman: what is on the table?",
        "American and Iranian negotiators have held a third round of talks on Tehran's nuclear "
        "programme in Muscat, with Oman's foreign minister passing messages between the two "
        "delegations in separate rooms. Both sides described the talks as “constructive” and "
        "agreed that technical experts would meet next week. What does Washington want? "
        "President Donald Trump has said Iran must never have a nuclear weapon, and his envoy "
        "Steve Witkoff has at times said Iran must stop enriching uranium altogether. What does "
        "Iran want? Relief from the sanctions that have crippled its economy and sent the rial to "
        "record lows. Tehran insists enrichment is its right. The International Atomic Energy "
        "Agency says Iran has enough uranium enriched to 60% for several bombs if further "
        "refined, though it denies any intention to build one. Trump withdrew from the 2015 "
        "nuclear deal in his first term. Israeli officials have warned that they will not "
        "accept any deal that leaves Iran with enrichment.",
        "peace",
    ),
    (
        "Colombia's peace deal with the FARC: what is in it?",
        "Colombians will vote on Sunday on whether to approve a peace agreement between the "
        "government and the Revolutionary Armed Forces of Colombia (FARC), ending more than "
        "five decades of conflict. The 297-page deal was signed in Cartagena on Monday by "
        "President Juan Manuel Santos and the FARC leader Rodrigo Londoño, known as Timochenko, "
        "with a pen made from a bullet. What does it say? FARC fighters will hand their weapons "
        "to UN monitors within 180 days and gather in 26 transition zones. The group will become "
        "a political party, guaranteed ten seats in Congress for two terms. A special court will "
        "try war crimes, and those who confess will avoid prison. Why is it controversial? "
        "Former President Álvaro Uribe leads the No campaign, arguing the deal lets rebels get "
        "away with murder. The war has killed about 220,000 people and displaced millions since "
        "1964. Polls suggest the Yes side will win comfortably.",
        "peace",
    ),
    (
        "What is in the Armenia-Azerbaijan peace deal signed at the White House?",
        "The leaders of Armenia and Azerbaijan have initialled a peace agreement at the White "
        "House, aiming to end nearly four decades of conflict between the South Caucasus "
        "neighbours. President Donald Trump hosted Prime Minister Nikol Pashinyan and President "
        "Ilham Aliyev, who shook hands in the Oval Office. What has been agreed? Both countries "
        "recognise each other's territorial integrity and renounce claims on each other's land. "
        "A transit route through southern Armenia, to be called the Trump Route for International "
        "Peace and Prosperity, will connect Azerbaijan with its exclave of Nakhchivan, with US "
        "firms developing it. The two sides also asked the OSCE to wind up the Minsk Group, "
        "which mediated for three decades. What happens next? Azerbaijan wants Armenia to "
        "remove a reference to Nagorno-Karabakh from its constitution before the treaty is "
        "signed, which would require a referendum. Russia and Iran, both wary of a US presence "
        "on their doorstep, have reacted cautiously.",
        "peace",
    ),
    (
        "Two years after Pretoria: is the Tigray peace deal holding?",
        "Two years after Ethiopia's government and Tigrayan leaders signed a peace agreement in "
        "the South African capital, the guns in the north have stayed silent, but many of the "
        "deal's promises remain unfulfilled. The Pretoria agreement of November 2022 ended a "
        "two-year war that researchers at Ghent University estimate killed as many as 600,000 "
        "people. What did it achieve? Tigray's forces handed over heavy weapons, federal "
        "services such as banking, flights and telephone lines were restored, and an interim "
        "administration was set up in Mekelle. What is still outstanding? About a million "
        "people who fled western Tigray have not been able to return, because the area remains "
        "under Amhara administration. The demobilisation of some 270,000 Tigrayan fighters has "
        "barely begun. The TPLF has also split, with rival factions accusing each other of "
        "undermining the interim government. The African Union says it will convene a review "
        "meeting in Addis Ababa next month.",
        "peace",
    ),
    (
        "What is New START, and what happens when it expires?",
        "The last remaining nuclear arms control treaty between the United States and Russia, "
        "New START, is due to expire in February, and there is no sign of a replacement. Signed "
        "in Prague in 2010 by Barack Obama and Dmitry Medvedev, it caps each side at 1,550 "
        "deployed strategic warheads and 700 deployed missiles and bombers. It also allowed "
        "inspectors from each country to visit the other's bases. Why does it matter? Without "
        "it, for the first time since 1972 there would be no legal limits on the two largest "
        "nuclear arsenals. Russia suspended its participation in 2023, halting inspections, but "
        "said it would keep to the numerical limits. President Vladimir Putin has now offered to "
        "observe the caps for another year if Washington does the same. Arms control experts say "
        "a simple extension is the most that can be achieved in the time left. China, whose "
        "arsenal is growing fast, has refused to join any three-way talks.",
        "peace",
    ),
    (
        "Bangsamoro: how the Moro peace deal works",
        "Voters in the southern Philippines have approved the creation of the Bangsamoro "
        "Autonomous Region in Muslim Mindanao, the centrepiece of a peace agreement between the "
        "government and the Moro Islamic Liberation Front (MILF). The election commission said "
        "1.5m people voted in favour in the plebiscite, against about 200,000 against. What "
        "does it change? The new region replaces a weaker autonomous area and will have its own "
        "parliament, a share of national taxes and powers over education and local justice, "
        "including Sharia courts for Muslims. The MILF, which fought the government for decades "
        "in a conflict that killed an estimated 120,000 people, will lead a transition "
        "authority until elections in 2022. Its 40,000 fighters are meant to lay down their "
        "arms in stages, the first third this year. Sceptics point to earlier deals that "
        "failed, and to the province of Sulu, which voted No. MILF chairman Murad Ebrahim "
        "said it was the start of “a new era”.",
        "peace",
    ),
]
