"""dev253 negatives, part three: the bomb's past and its stories (Hiroshima and Nagasaki,
Chernobyl anniversaries, old bombs, films, series and games), sport, smuggling trials, health,
a peaceful protest at a plant, and accidents with radioactive material."""

NEGATIVES = [
    (
        "Bell tolls at 8:15 as Hiroshima remembers the bomb, 80 years on",
        "Tens of thousands of people gathered in Hiroshima's Peace Memorial Park on Wednesday to "
        "mark 80 years since the United States dropped an atomic bomb on the city, with a bell "
        "rung and a minute of silence observed at 8:15 a.m., the moment of the blast. "
        "Representatives of a record 120 countries and regions attended, including Russia, "
        "which had not been invited since the start of its invasion of Ukraine. Mayor Kazumi "
        "Matsui warned that world leaders were increasingly accepting the idea that nuclear "
        "weapons were essential to national defence. The bomb killed an estimated 140,000 "
        "people by the end of 1945, and the average age of the remaining survivors, known as "
        "hibakusha, has passed 86. Prime Minister Shigeru Ishiba pledged that Japan would keep "
        "working for a world without nuclear weapons but did not commit to joining the ban "
        "treaty. Paper lanterns were floated on the Motoyasu river in the evening.",
        "history",
    ),
    (
        "Western envoys skip Nagasaki ceremony after Israel left off guest list",
        "Ambassadors from the United States, Britain and other Group of Seven countries stayed "
        "away from Nagasaki's annual peace ceremony on Friday after the city declined to invite "
        "Israel, saying it wanted to avoid protests that could disrupt the event. Mayor Shiro "
        "Suzuki insisted the decision was about security, not politics. About 2,500 people "
        "observed a minute of silence at 11:02 a.m., the time the plutonium bomb exploded over "
        "the city on August 9, 1945, killing some 74,000 people by the end of that year. "
        "Survivors who spoke at the ceremony recalled searching the rubble for relatives. The "
        "US ambassador, Rahm Emanuel, attended a separate memorial in Tokyo instead. It was "
        "the first time in years that a row over the guest list had overshadowed the "
        "commemoration. The city has not invited Russia or Belarus since 2022.",
        "history",
    ),
    (
        "Hibakusha group Nihon Hidankyo wins Nobel Peace Prize",
        "Nihon Hidankyo, a grassroots movement of survivors of the atomic bombings of Hiroshima "
        "and Nagasaki, has won the 2024 Nobel Peace Prize for its decades of work for a world "
        "free of nuclear weapons, the Norwegian Nobel Committee said on Friday. Committee "
        "chair Jorgen Watne Frydnes said the survivors' testimony had helped establish a "
        "powerful international norm against the use of nuclear weapons, which he said was "
        "now under pressure. Toshiyuki Mimaki, one of the group's co-chairs, wept at a news "
        "conference in Hiroshima and pinched his cheek to make sure he was not dreaming. The "
        "organisation was founded in 1956 and has sent survivors to speak at the United Nations "
        "and in schools around the world. Fewer than 107,000 hibakusha are still alive. Japan's "
        "prime minister called the award extremely meaningful.",
        "history",
    ),
    (
        "Forty years on, Chernobyl liquidators gather in Slavutych",
        "Former liquidators who were sent to clean up after the Chernobyl disaster laid flowers "
        "at a memorial in the town of Slavutych on Sunday, 40 years after reactor No. 4 "
        "exploded in the early hours of April 26, 1986. Candles were lit at 1:23 a.m., the "
        "moment of the explosion, and church bells rang. About 600,000 people took part in the "
        "clean-up, many of them soldiers and reservists who worked on the roof of the "
        "destroyed unit for minutes at a time. “We were young and nobody told us anything,” said "
        "Mykola, 71, who drove a lorry in the zone in the summer of 1986. The UN estimates that "
        "about 4,000 people may eventually die of radiation-related illnesses, a figure "
        "disputed by environmental groups. Officials said commemorations had been scaled down "
        "because of the war. The town was built to house the plant's workers after Pripyat "
        "was abandoned.",
        "history",
    ),
    (
        "10,000 evacuated as Second World War bomb is taken through Plymouth streets",
        "More than 10,000 people were evacuated from their homes in Plymouth on Friday as "
        "military bomb disposal experts moved an unexploded Second World War device found in a "
        "back garden through the city to the sea. The 500 kg German bomb was discovered on "
        "Tuesday in the St Michael's Avenue area, near Devonport naval base, which houses "
        "decommissioned nuclear submarines. Soldiers escorted the device on a lorry through "
        "cordoned streets to Torpoint Ferry slipway, and it was then taken out to sea to be "
        "detonated. The Royal Navy said the submarines in dock were never at risk. The "
        "evacuation was one of the largest in peacetime Britain. Plymouth was heavily bombed "
        "during the Blitz, and more than 1,000 civilians were killed in raids on the city. "
        "Residents were allowed home on Friday evening. "
        "Council leaders thanked people for their patience and said a rest centre had taken in about 200 residents during the day.",
        "history",
    ),
    (
        "Spain and US agree to remove soil contaminated in 1966 Palomares crash",
        "Spain and the United States signed an agreement on Monday to clean up and remove soil "
        "still contaminated with plutonium from a US bomber crash near the village of "
        "Palomares almost 50 years ago. A B-52 carrying four hydrogen bombs collided with a "
        "refuelling aircraft over the Andalusian coast in January 1966. Two of the bombs "
        "released radioactive material when their conventional explosives detonated on "
        "impact, and a third was recovered from the sea after an 80-day search. The US will "
        "transport about 50,000 cubic metres of soil to a disposal site in Nevada, under a "
        "statement of intent signed by Secretary of State John Kerry and Spanish Foreign "
        "Minister Jose Manuel Garcia-Margallo. Residents have long complained that promises to "
        "finish the clean-up were never kept. Seven US crewmen died in the crash.",
        "history",
    ),
    (
        "Oppenheimer sweeps Oscars as Japan release revives debate",
        "Christopher Nolan's “Oppenheimer” won seven Academy Awards on Sunday, including best "
        "picture, best director and best actor for Cillian Murphy, who played the physicist "
        "who led the Manhattan Project. The three-hour film, which earned nearly $1 billion at "
        "the box office, had been released in Japan only days earlier after a delay of eight "
        "months. Some viewers in Hiroshima said they were disappointed that the film did not "
        "show the destruction the bomb caused on the ground, while others praised its "
        "portrayal of Oppenheimer's guilt. Robert Downey Jr. won best supporting actor. In his "
        "acceptance speech, Murphy dedicated the award to “the peacemakers everywhere”. The "
        "film's explosion of the Trinity test was shot without computer-generated imagery. "
        "Nolan said he hoped the film would prompt audiences to think about nuclear "
        "disarmament.",
        "entertainment",
    ),
    (
        "Fallout series drives surge in players returning to nuclear wasteland games",
        "Sales of the Fallout video games have jumped since Amazon released its television "
        "adaptation of the post-apocalyptic series, publisher Bethesda said, with player numbers "
        "for Fallout 4 rising more than fivefold in Europe in a week. The show, set 200 years "
        "after a nuclear war destroyed much of the United States, follows a young woman who "
        "leaves an underground vault to search for her father in the ruins of Los Angeles. "
        "Critics praised its dark humour and the performance of Walton Goggins as a mutated "
        "bounty hunter. The series opens with the bombs falling on a children's birthday party, "
        "a scene fans have compared with the games' opening sequences. Amazon has renewed it "
        "for a second season. Fallout 76, the online entry, was briefly the most played game on "
        "the Steam platform. "
        "Discounts on the older titles were extended for another week.",
        "entertainment",
    ),
    (
        "Pentagon pushes back on Bigelow's missile-attack thriller",
        "The Pentagon has circulated an internal memo disputing the depiction of US missile "
        "defences in Kathryn Bigelow's film “A House of Dynamite”, which imagines the 18 "
        "minutes after an unattributed nuclear missile is launched at Chicago. The memo, seen "
        "by Bloomberg, said interceptors had achieved a 100% success rate in testing for more "
        "than a decade, while in the film two interceptors miss their target. Bigelow told "
        "interviewers the film was meant to provoke a debate about how close the world is to "
        "catastrophe. Idris Elba plays a US president forced to decide how to respond within "
        "minutes. The thriller, released on Netflix after a limited cinema run, has been among "
        "the platform's most watched films since its launch. Arms-control groups have held "
        "screenings followed by discussions. "
        "Netflix declined to comment on the memo.",
        "entertainment",
    ),
    (
        "Civilization players complain nukes are too cheap after patch",
        "Players of the strategy game Civilization VII have flooded forums with complaints "
        "that an update released this week made nuclear weapons too cheap to build, turning "
        "late-game matches into what one called “a carpet of mushroom clouds”. The patch cut "
        "the production cost of atomic bombs by around a third and removed a requirement for "
        "uranium in some cases, publisher 2K said in its notes. Some online lobbies reported "
        "rivals wiping out entire empires in a single turn. Developer Firaxis said it was "
        "monitoring feedback and would rebalance the weapons in a hotfix. The game, released "
        "in February, has received mixed reviews, with some long-time fans criticising its "
        "new system of ages. The series has included nuclear weapons since its first edition "
        "in 1991, and a viral joke about the pacifist leader Gandhi launching them dates back "
        "years.",
        "entertainment",
    ),
    (
        "J-Village reopens to footballers after years as Fukushima clean-up base",
        "J-Village, Japan's national football training centre, fully reopened on Saturday "
        "after eight years as a base for workers battling the crisis at the nearby Fukushima "
        "Daiichi nuclear plant. Its pitches were covered in gravel and used as car parks for "
        "thousands of clean-up staff, and dormitories were filled with workers in protective "
        "suits. Radiation levels are now comparable with those in Tokyo, the operator said. "
        "Japan's national women's team held a training session in front of about 5,000 fans, "
        "and the coach praised the players' attacking play in a practice match. The centre "
        "will be the starting point for the Olympic torch relay next year. Local officials "
        "hope it will bring visitors back to the coast of Fukushima prefecture, where several "
        "towns remain largely empty. A new all-weather pitch was built on the site.",
        "sport",
    ),
    (
        "Runners race through Chernobyl exclusion zone in first half marathon",
        "Hundreds of runners took part in the first half marathon held inside the Chernobyl "
        "exclusion zone on Saturday, passing abandoned villages and finishing in the ghost town "
        "of Pripyat near the stricken nuclear plant. Organisers said 400 people from 19 "
        "countries had registered, and participants had their radiation levels checked at "
        "the end of the course. Dosimeter readings during the race were lower than those on a "
        "long-haul flight, officials said. The winner of the men's race, a 26-year-old from "
        "Kyiv, completed the 21 km course in one hour and 14 minutes, and said he had been "
        "inspired by the HBO series about the disaster. Ukraine has been promoting tourism in "
        "the zone, which drew a record number of visitors this year. Some runners wore "
        "gas masks for photographs at the finish. "
        "Organisers plan to make the race an annual event and hope to double the field next year.",
        "sport",
    ),
    (
        "Georgian security service arrests men trying to sell uranium for $3m",
        "Georgia's State Security Service said on Thursday it had arrested three people, two "
        "Georgian citizens and a foreign national, who were trying to sell radioactive uranium "
        "in Batumi for $3 million. Officers seized a container of material that a laboratory "
        "confirmed was uranium-238 and uranium-235, the agency said in a statement, and "
        "released video of a metal cylinder found in a car. The suspects face up to ten years "
        "in prison for illegal purchase and sale of nuclear material. The Black Sea country has "
        "reported several such cases since the collapse of the Soviet Union, most of them "
        "involving material of little use for weapons. The IAEA maintains a database of "
        "trafficking incidents that lists more than 4,000 cases worldwide. Investigators did "
        "not say where the uranium came from. "
        "A court in Batumi is due to rule on whether the suspects should be held in custody pending trial.",
        "crime",
    ),
    (
        "Yakuza leader pleads guilty to trafficking nuclear material from Myanmar",
        "A Japanese yakuza leader pleaded guilty in a New York federal court on Wednesday to "
        "conspiring to traffic uranium and weapons-grade plutonium from Myanmar, US "
        "prosecutors said. Takeshi Ebisawa, 61, admitted trying to broker the sale of the "
        "material, which he believed would be used to make nuclear weapons, to an undercover "
        "agent posing as a buyer for an Iranian general. Samples he provided were found by a "
        "US laboratory to contain weapons-grade plutonium, prosecutors said. The material had "
        "been obtained from the leader of an ethnic insurgent group in Myanmar who wanted to "
        "buy weapons, according to court papers. Ebisawa also admitted trafficking "
        "methamphetamine and heroin. He faces a minimum sentence of ten years. His lawyer "
        "declined to comment outside court. "
        "Sentencing was set for the spring, and two co-defendants are due to stand trial later this year.",
        "crime",
    ),
    (
        "Greenpeace activists arrested after fireworks display at Cattenom plant",
        "French police arrested eight Greenpeace activists on Thursday after they broke into "
        "the Cattenom nuclear power plant near the border with Luxembourg before dawn and set "
        "off fireworks next to a spent fuel pool building. The group said the stunt showed "
        "that the pools were poorly protected and that the plant's defences could be breached "
        "in minutes. EDF said the activists had been intercepted by security staff before "
        "reaching the nuclear zone and that safety had not been affected. No one was hurt. "
        "Interior Minister Gerard Collomb said the incident showed the need to review "
        "security at nuclear sites, while his colleague at the environment ministry called it "
        "irresponsible. The activists were held for questioning for trespassing. Greenpeace "
        "said it had released a report on the vulnerability of French fuel pools days "
        "earlier.",
        "protest",
    ),
    (
        "Belgium to hand iodine pills to entire population around plants",
        "Belgium will extend the distribution of iodine tablets to its whole population, "
        "Health Minister Maggie De Block said, after experts advised that the radius around "
        "nuclear plants should be widened from 20 km to 100 km. The pills, which protect the "
        "thyroid gland by saturating it with stable iodine, will be available free of charge "
        "in pharmacies on presentation of an identity card. Priority is given to children, "
        "pregnant women and breastfeeding mothers, who are most at risk from radioactive "
        "iodine released in an accident. Officials said the decision was not linked to any "
        "particular concern about the ageing Doel and Tihange reactors, which neighbouring "
        "Germany and the Netherlands have criticised. The tablets should only be taken when "
        "authorities instruct people to do so, the ministry stressed. Pharmacists reported a "
        "rush of requests on the first day.",
        "health",
    ),
    (
        "Fukushima screening finds no rise in thyroid cancer linked to radiation, panel says",
        "An expert panel advising Fukushima prefecture said on Monday that the latest round of "
        "thyroid screening of young people showed no link between cancers detected and "
        "radiation released by the 2011 nuclear accident. About 380,000 people who were aged "
        "18 or younger at the time of the disaster have been offered ultrasound scans every "
        "two years. More than 250 have been diagnosed with cancer or suspected cancer, a rate "
        "some researchers say reflects the intensity of the screening rather than exposure. "
        "Other scientists and patient groups dispute that conclusion and have called for the "
        "programme to be expanded. A group of patients is suing Tokyo Electric Power for "
        "compensation. The panel's chairman said the programme should continue but that "
        "families should be told about the risk of overdiagnosis. "
        "The prefecture said it would publish the full data later in the year.",
        "health",
    ),
    (
        "Radiation spike after blast at Russian missile test site, five engineers dead",
        "An explosion at a military testing ground in northern Russia killed five nuclear "
        "engineers and caused a brief spike in radiation levels in the nearby city of "
        "Severodvinsk, Russian officials said. Rosatom said the men died while working on a "
        "liquid-fuelled rocket engine on an offshore platform in the White Sea near the "
        "village of Nyonoksa, and that three others were injured. Severodvinsk authorities "
        "said radiation rose to as much as 20 times the normal level for about an hour before "
        "returning to background levels. Residents rushed to buy iodine in pharmacies. Western "
        "experts said the accident was probably linked to the Burevestnik nuclear-powered "
        "cruise missile. The engineers were buried in Sarov, home of Russia's nuclear weapons "
        "laboratory. The Kremlin said accidents sometimes happen with new weapons.",
        "accident",
    ),
    (
        "Tiny radioactive capsule lost on 1,400 km Australian highway found",
        "Authorities in Western Australia said on Wednesday they had found a tiny radioactive "
        "capsule that fell off a truck on a 1,400 km journey through the outback, ending a "
        "six-day search along the Great Northern Highway. The capsule, just 6 mm by 8 mm and "
        "containing caesium-137, was part of a density gauge used by Rio Tinto at a mine in the "
        "Pilbara region. It was detected by a vehicle fitted with special equipment travelling "
        "at 70 km an hour, and then located about two metres from the side of the road south "
        "of Newman. Officials had warned that exposure could cause burns or radiation "
        "sickness. Rio Tinto apologised and said bolts on the gauge had loosened, probably "
        "because of vibration. Emergency Services Minister Stephen Dawson called the discovery "
        "“an extraordinary result”. "
        "The state's chief health officer said nobody appeared to have been exposed, and the regulator opened an inquiry into how the gauge was packed.",
        "accident",
    ),
]
