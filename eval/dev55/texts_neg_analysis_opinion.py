"""dev55 negatives: analysis, explainers, opinion columns, polls and fact-checks about wars that
report no current violent event (past offensives, losses over the whole war, arsenals, war
economies, elections and rhetoric); kinds history, military, politics, economy and disaster.
NEGATIVES = [(title, text, kind code), ...]; kind codes from eval/conflictset (KIND_CODES)."""

NEGATIVES = [
    (
        "Analysis: Why Ukraine's 2023 counteroffensive failed",
        "Two years on, the outlines of what went wrong in the summer of 2023 are clearer, and the officers who planned it are more willing to talk. Ukrainian brigades trained in Germany and Britain for combined-arms manoeuvre ran into minefields up to 20 kilometres deep, and Russian attack helicopters picked off armoured columns near Robotyne before they could reach the main defensive line, which Russia had spent the winter building. Western planners had expected a breakthrough to the Sea of Azov within weeks; instead the offensive stalled by the autumn with heavy losses of men and of the Leopard tanks and Bradley vehicles that had arrived with such fanfare. Several officers involved now say the plan was doomed from the start by the lack of air cover and by the decision to split forces between the south and Bakhmut. Ukrainian commanders have since rebuilt their army around drones and small assault teams. Few now talk of a decisive breakthrough.",
        "history",
    ),
    (
        "Russia's losses since the invasion: what the estimates show",
        "Western intelligence agencies estimate that Russia has suffered more than a million killed and wounded since February 2022, a figure no Russian war since 1945 comes close to. A tally of named obituaries compiled by two independent Russian outlets, which search local news, social media posts and new graves in regional cemeteries, counts more than 120,000 confirmed dead, and its authors say the true number is far higher because many of the missing are never declared dead. The share of volunteers and former prisoners among the dead has risen steadily, while the share of career officers has fallen. The Kremlin does not publish casualty figures, and Ukraine's own losses are a state secret. Analysts say the losses have been offset by enlistment bonuses that can reach several years' wages in poor regions such as Tuva and Buryatia.",
        "military",
    ),
    (
        "Opinion: This budget is a war on the poor",
        "The chancellor says the spending review makes hard choices; the people who will bear them did not make those choices. Cutting the winter fuel payment while freezing thresholds is an assault on pensioners who already ration their heating, and the cap on disability benefits will be felt as a direct hit by families who have nothing left to cut. Ministers will insist the numbers had to add up. They should try explaining that at a food bank in Hartlepool.",
        "politics",
    ),
    (
        "Opinion: Europe is still sleepwalking on defence",
        "Three years after the invasion of Ukraine, European leaders still talk about rearmament as a long-term project, to be finished some time in the next decade. Russia's defence industry, meanwhile, produces more artillery shells in a quarter than the whole EU does in a year. A serious continent would pool its procurement, buy off the shelf where it must and stop treating defence budgets as a reserve to raid in a crisis. The alternative is to rely on an ally across the Atlantic that has made clear it may not come. The money is there; the will is not.",
        "military",
    ),
    (
        "Poll: Most Israelis back a deal to end the war and bring the hostages home",
        "Some 70% of Israelis support an agreement that would end the war in Gaza in exchange for the release of all the hostages, according to a survey by the Israel Democracy Institute published on Wednesday. Among voters of the governing coalition parties the figure was 48%. Only a quarter of respondents said they trusted the government's handling of the war.",
        "politics",
    ),
    (
        "Poll: Fewer Ukrainians now reject any territorial concessions",
        "The share of Ukrainians who say the country should not give up territory under any circumstances has fallen to 54% from 82% two years ago, the Kyiv International Institute of Sociology said in a survey released on Tuesday. About 38% said they could accept some concessions in exchange for a lasting peace backed by security guarantees. Most respondents still opposed recognising Russian sovereignty over occupied land. The institute said the change reflected fatigue rather than a shift in how people see Russia.",
        "politics",
    ),
    (
        "Polls show Russians want peace talks but back the army",
        "The Levada Center's monthly survey found that 61% of Russians would support peace negotiations with Ukraine, the highest share since the invasion, while 74% still say they support the actions of Russia's armed forces. Sociologists say the two answers are not contradictory: people want the war to end but do not want to be seen as disloyal. Support for talks was highest among women and people under 30.",
        "politics",
    ),
    (
        "Fact check: Viral clip of missiles raining on Tel Aviv comes from a video game",
        "A video shared millions of times on social media, claiming to show Iranian missiles striking high-rises in Tel Aviv, is not real. The footage comes from the military simulation game Arma 3, and the same clip was posted on YouTube by a gaming channel in 2023. Tell-tale signs include the identical arc of each projectile and lighting that does not change as the buildings burn. Game developers have repeatedly asked users not to pass off gameplay as combat footage. This is at least the fifth time this year that we have found game footage shared as real.",
        "politics",
    ),
    (
        "Fact check: No, Ukraine's president did not buy two luxury yachts with aid money",
        "A story claiming that Ukraine's president bought two yachts worth $75 million using Western military aid was first posted on a website that had been registered days earlier, and it was amplified by a network of accounts previously linked to a Russian influence operation. The yachts' builders say both boats are still for sale. The documents in the story contain spelling errors and a registration number that does not exist.",
        "politics",
    ),
    (
        "Fact check: Photo of flooded tents is not from Gaza this winter",
        "An image of families wading through water between flooded tents, shared as evidence of this week's storms in Gaza, was taken in north-west Syria after the February 2023 earthquake. A reverse image search finds it on a Turkish aid agency's website dated that month. The tents in the photo carry the logo of a relief group that has never worked in Gaza. Accounts that shared the image have not corrected their posts.",
        "disaster",
    ),
    (
        "Explainer: Where do the Houthis get their missiles?",
        "The Houthis began the war in Yemen with old Scud missiles and a few anti-ship weapons from the army's stocks, and have since built an arsenal that reaches Israel. UN experts say most of it is designed in Iran and smuggled in parts by sea, then assembled in workshops in northern Yemen. Their drones use engines and electronics bought on the open market. The group says its weapons are made at home, a claim Western navies dispute after seizing several shipments. Experts say the arsenal is now large and dispersed enough to survive years of pressure.",
        "military",
    ),
    (
        "Explainer: What is known about Hamas's tunnel network",
        "Israeli officials say the tunnels under Gaza run for 500 to 700 kilometres, far more than earlier estimates, and include command rooms, weapons stores and rocket launch sites. Some are deep enough to withstand heavy bombs, and many were dug with money and cement meant for civilian building. Engineers say the network is hard to destroy without also destroying the buildings above it.",
        "military",
    ),
    (
        "Russia's war economy is overheating, and the central bank knows it",
        "Russia's economy has grown faster than expected since 2022, driven by military spending that now takes about 6% of output, but the costs are mounting. Inflation is running near 9%, the key rate is at a record 21%, and companies outside the defence sector complain they cannot borrow. Labour shortages have pushed wages up in every region. Economists expect growth to slow sharply next year as the budget's oil revenue falls. The finance ministry plans to raise VAT to 22% to cover the gap.",
        "economy",
    ),
    (
        "Israel's economy two years into the war: resilient but strained",
        "Israel's economy has withstood two years of war better than many forecast, with the shekel near its strongest in years and the stock market at record highs. But growth per person has stalled, the call-up of reservists has drained workers from tech firms and construction, and the three big rating agencies have all cut the country's credit score. The defence budget has roughly doubled. The central bank governor warned on Monday that the deficit must come down.",
        "economy",
    ),
    (
        "Ukraine's Black Sea corridor has carried 100 million tonnes of cargo",
        "Ships using the corridor Ukraine opened along its western coast have now carried more than 100 million tonnes of grain, ore and other goods since it began in the summer of 2023, the infrastructure ministry said. Odesa's ports are handling close to their pre-war volumes, and insurance costs have fallen. Exporters say the corridor has restored Ukraine's place as a top supplier of wheat and corn to Africa and Asia.",
        "economy",
    ),
    (
        "The battle for the soul of the Labour party is only beginning",
        "The deputy leadership contest has been billed as a skirmish, but both camps know it is the opening round of a longer war over what the party is for. The left sees a chance to retake ground lost since 2019; the leader's allies are fighting a rearguard action to protect a fragile coalition of voters. Each side accuses the other of sabotage.",
        "politics",
    ),
    (
        "How the Wagner mutiny changed Russia's army",
        "Two years after Yevgeny Prigozhin's mercenaries seized Rostov-on-Don and drove towards Moscow before turning back, the group that bore his name has been broken up. Its fighters in Ukraine were absorbed into the defence ministry or the Rosgvardia, and its African operations now run as the Africa Corps under military command. Analysts say the Kremlin's lesson was never again to let a private army grow that large. Prigozhin died in a plane crash two months after the mutiny.",
        "history",
    ),
    (
        "Analysis: Sudan's gold is paying for both sides of the war",
        "Sudan exported more gold last year than before the war, according to central bank data, and the trade has become the financial backbone of both the army and the Rapid Support Forces. Most of it flows through the United Arab Emirates, where refiners and traders ask few questions. Researchers say the RSF controls mines in Darfur and Kordofan, while the army taxes output in the north and east. Sudan's finance ministry says all exports are licensed and taxed. Calls for a gold embargo have gained little traction.",
        "economy",
    ),
    (
        "Opinion: The scorched-earth campaign will haunt the Republicans",
        "There was a time when a primary fight ended with a handshake. This year the party's candidates have carpet-bombed each other with attack ads, and the front-runner promised to wipe out his rival's donors. Such tactics may win a nomination, but they leave a battlefield of bitter voters that the eventual nominee will need in November.",
        "politics",
    ),
    (
        "Explainer: Who are the Fano militias of Ethiopia's Amhara region?",
        "Fano is not one organisation but a loose network of Amhara nationalist militias, whose name comes from a word for volunteer fighters that was used during the resistance to the Italian occupation and again in the struggle against the Derg military government of the 1970s and 1980s. Its modern fighters fought alongside federal troops against Tigrayan forces in 2020 and 2021, and turned against the government after the peace deal with Tigray, which they felt ignored Amhara claims to disputed land and was followed by an order to fold regional forces into the army. Analysts say its leaders, scattered across Gojjam, Gondar, Wollo and Shewa, have struggled to agree on a joint command or a political programme. Its main demand is the return of Wolkait and Raya to Amhara administration.",
        "politics",
    ),
    (
        "What Ukraine's drone war has taught the world's armies",
        "Defence ministries from Washington to Taipei are studying how cheap first-person-view drones have changed the battlefield in Ukraine, where both sides now field hundreds of thousands a month. Military analysts say the lesson is less about the drones themselves than about the speed of adaptation: designs and jamming frequencies change every few weeks. The US Army has ordered every division to form drone units. Procurement systems built for jets that take a decade to design are struggling to keep up. Ukraine's own industry now produces more than four million drones a year, according to its government. Some of its firms are exploring joint ventures in Europe.",
        "military",
    ),
    (
        "Israel's opposition sharpens its attack as election year begins",
        "The leader of the opposition said on Sunday the government had lost any mandate to lead and accused the prime minister of prolonging the war for his own political survival. A poll for Channel 12 showed the governing coalition winning 49 of the Knesset's 120 seats if elections were held now. The coalition has until October next year to call a vote.",
        "politics",
    ),
    (
        "Analysis: The Sahel juntas' exit from ECOWAS, one year on",
        "A year after Mali, Burkina Faso and Niger formally left the West African bloc to form their own confederation, trade across their borders has carried on largely as before. The feared tariffs and visa requirements have not materialised, as ECOWAS chose to keep the door open. The three governments have launched a joint passport and plan a common investment bank. Critics say the break has let the juntas postpone elections indefinitely.",
        "politics",
    ),
    (
        "Opinion: We should stop calling every disagreement a war",
        "Politicians have long borrowed the language of the battlefield, but the habit is getting worse. In a single week this newspaper reported a war on woke, a war on motorists, a culture war over school libraries and a cabinet minister under siege.",
        "politics",
    ),
]
