"""Negatives of eval/dev30, explainer, feature, analysis, live blogs: (title, text, kind code)."""

NEGATIVES = [
    (
        "Explainer: what is in the peace agreement between Armenia and Azerbaijan",
        "WASHINGTON — The leaders of Armenia and Azerbaijan initialled a peace agreement at the "
        "White House on Friday, committing the two South Caucasus neighbours to recognise each "
        "other's borders and to renounce territorial claims after more than three decades of "
        "hostility. Here is what the deal contains and what remains to be done. What was signed? "
        "Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev "
        "initialled the text of a 17-article treaty that their foreign ministers agreed in "
        "March, and signed a joint declaration with US President Donald Trump. Initialling means "
        "the text is final, but it still has to be formally signed and ratified by both "
        "parliaments. The two countries agreed to establish diplomatic relations, to refrain "
        "from the use of force and not to allow third-country forces to be deployed along their "
        "common border. What about the transit route? The most unusual part of the package is a "
        "transit corridor through southern Armenia that would link Azerbaijan's mainland with "
        "its exclave of Nakhchivan. Under the declaration, the route would operate under "
        "Armenian law and be developed by a US-led consortium, with the working title of the "
        '"Trump Route for International Peace and Prosperity". Armenia insists it will keep '
        "sovereignty and control of the border and customs. Iran, which borders the area, has "
        "said it opposes any change to regional borders and any foreign presence near its "
        "frontier. What conditions remain? Azerbaijan wants Armenia to amend its constitution, "
        "whose preamble refers to a 1989 declaration on unification with Nagorno-Karabakh, "
        "before the treaty is signed. Pashinyan has said a new constitution will be put to a "
        "referendum, probably after parliamentary elections next year. The two sides also agreed "
        "to ask the Organization for Security and Co-operation in Europe to dissolve the Minsk "
        "Group, which mediated the conflict for three decades. How did we get here? Armenia and "
        "Azerbaijan fought a war in the early 1990s over Nagorno-Karabakh, a region inside "
        "Azerbaijan populated mainly by ethnic Armenians, and again in 2020. In 2023 Azerbaijan "
        "retook the region in a one-day offensive, and almost all of its roughly 100,000 "
        "Armenian residents left for Armenia. Since then the two governments have held repeated "
        "rounds of talks, with the border largely quiet. What are the reactions? Russia, which "
        "long considered itself the main mediator, said it welcomed any steps towards peace but "
        "warned against outside interference. The European Union, which has a civilian "
        "monitoring mission on the Armenian side of the border, welcomed the agreement. In "
        "Yerevan, opposition parties accused Pashinyan of making too many concessions, and some "
        "small protests were held, while Azerbaijani officials hailed the deal as a historic "
        "victory. What happens next? The foreign ministers of the two countries are expected to "
        "meet in the coming months to agree on a timetable for signing the treaty. Commissions "
        "on border delimitation, which have been meeting since 2022, will continue to work on "
        "the exact line of the 1,000-kilometre frontier, much of which has never been formally "
        "marked. Turkey, which closed its border with Armenia in 1993 in solidarity with "
        "Azerbaijan, has said it will move towards normalising relations with Yerevan once the "
        "treaty is signed, and officials from both sides have discussed reopening a railway "
        "link. Economists say the opening of the transit route and of borders with Turkey could "
        "bring significant benefits to Armenia's landlocked economy. For the tens of thousands "
        "of Karabakh Armenians now living in Armenia, however, the deal closes the door on any "
        "hope of return, and many of them say they feel forgotten in the negotiations.",
        "peace",
    ),
    (
        "Ten years on, Syrian refugees in Gaziantep weigh whether to go home",
        "GAZIANTEP, Turkey — Mahmoud al-Hassan has been making baklava in Gaziantep for nine "
        "years, in a small shop he opened with savings and a loan from a Turkish neighbour. "
        "Since the fall of Bashar al-Assad in December, he has talked of little else with his "
        'customers than whether to go back to Aleppo. "My heart says go. My head says wait," he '
        'said, pressing pistachios into a tray of pastry. "My children speak Turkish better than '
        'Arabic. My daughter is at university here." Turkey hosts about 2.8 million Syrians '
        "registered under temporary protection, more than any other country, and Gaziantep, less "
        "than an hour's drive from the border, has about 400,000 of them. Many arrived more than "
        "a decade ago, at the height of the civil war, and have built lives here: they run "
        "restaurants and textile workshops, study at Turkish universities and, in tens of "
        "thousands of cases, have become Turkish citizens. The Turkish government says more than "
        "250,000 Syrians have gone home voluntarily since December, and it has opened extra "
        "border gates and allowed one family member to make a visit to Syria and return before "
        "deciding to move. Officials at the Öncüpınar crossing say the numbers rise at weekends "
        "and before school holidays. But surveys by aid groups show most refugees want to wait. "
        "The main reasons they give are the destruction of their homes, the lack of jobs and "
        "services, and uncertainty about the future of the new government. The World Bank "
        "estimates that about a third of housing in Syria was damaged or destroyed during the "
        'war, and electricity in Aleppo is available for only a few hours a day. "People go, '
        'look at their house, and come back," said a Syrian lawyer who advises families in '
        'Gaziantep. "They need a school, a hospital, a job. Without that they cannot move '
        'children." For others, the question of return is more complicated. Young men who left '
        "to avoid conscription no longer face military service under the new authorities, but "
        "many have married Turkish women or set up businesses. Turkish employers in Gaziantep's "
        "textile and food industries, which depend on Syrian workers, say they are worried about "
        "labour shortages if large numbers leave. Public opinion in Turkey has turned against "
        "the refugees in recent years, amid an economic crisis, and opposition parties have "
        "campaigned on promises to send them back. Mahmoud has decided to go to Aleppo in the "
        "summer, alone, to see his family's old house in the Sakhour district. \"If there is "
        'water and electricity, maybe next year we move," he said. "Maybe."',
        "other",
    ),
    (
        "Analysis: Europe's defence stocks soar as governments pledge to rearm",
        "LONDON — Shares in European arms makers have more than doubled since the start of the "
        "year, making the sector one of the best performers on the continent's stock markets, as "
        "governments promise to spend hundreds of billions of euros on defence. Germany's "
        "Rheinmetall, which makes artillery shells, tanks and military trucks, has risen about "
        "180 percent, and is now worth more than Volkswagen. Shares in Italy's Leonardo, "
        "Sweden's Saab, France's Thales and Britain's BAE Systems have also surged, and smaller "
        "companies making drones, ammunition and electronics have seen even bigger gains. The "
        "rally began when NATO members, pressed by US President Donald Trump, discussed raising "
        "their defence spending targets, and accelerated when Germany's parliament loosened the "
        "country's constitutional limits on borrowing to allow unlimited spending on defence "
        "above 1 percent of gross domestic product. At a summit in The Hague in June, NATO "
        "allies agreed to raise spending on core defence to 3.5 percent of GDP by 2035, with "
        "another 1.5 percent for related infrastructure and security. The European Union has "
        'also proposed a 150 billion euro loan programme for joint purchases of weapons. "For '
        "twenty years the industry was managing decline. Now it has order books stretching out "
        'for a decade," said an analyst at a Frankfurt investment bank. Investors who once '
        "avoided arms makers because of ethical concerns have changed their approach, and "
        "several large funds have revised their rules to allow investment in defence companies, "
        "arguing that security is a precondition for sustainability. The war in Ukraine, now in "
        "its fourth year, has shown the importance of large stocks of artillery ammunition, air "
        "defence systems and drones, and European governments have been buying to replenish the "
        "stocks they sent to Kyiv. But some analysts warn that the enthusiasm has run ahead of "
        "reality. Companies face shortages of explosives, specialised steel and skilled workers, "
        "and building new factories takes years. Much of the new spending could go to US "
        'suppliers, which dominate the market for fighter jets and missile defence. "Valuations '
        "assume that every promised euro will be spent, and spent in Europe. That is a big "
        'assumption," said a fund manager in Paris. Governments are also under pressure to cut '
        "spending elsewhere, and the plans could be revised if the economy slows. Rheinmetall's "
        "chief executive has said the company expects its sales to grow by a quarter to a third "
        "every year until the end of the decade. The company has opened a new ammunition plant "
        "in Lower Saxony and is building factories in Lithuania and Ukraine. Smaller European "
        "markets have been transformed by the rally. In Sweden, Saab has become one of the "
        "largest companies on the Stockholm exchange, and several defence technology start-ups "
        "have raised record sums from venture investors. In Germany, the maker of military "
        "trucks and armoured vehicles KNDS is preparing a stock market listing, and the "
        "government has taken a stake in a naval shipyard to secure supplies. Unions have "
        "welcomed the prospect of new jobs in regions hit by the decline of the car industry, "
        'and some car parts makers have begun converting production lines to military goods. "A '
        'plant that made brake systems last year could be making drone components next year," an '
        "official at Germany's engineering federation said. Critics, including peace groups and "
        "some economists, say the money would be better spent on climate, health and education, "
        "and warn that high defence budgets will be difficult to sustain.",
        "economy",
    ),
    (
        "Decades after the bombs fell, a farmer's injury shows Laos' lingering danger",
        "XIENG KHOUANG, Laos — Bounmy Phommachanh was clearing weeds from his rice field on the "
        "Plain of Jars last month when his hoe struck a small metal ball. The explosion threw "
        'him to the ground and took three fingers of his left hand. "I have worked this field '
        'since I was a boy. I never thought there was still something there," the 41-year-old '
        "said, sitting outside his wooden house in a village near Phonsavan, the provincial "
        "capital. The object was a cluster bomblet, one of millions dropped on Laos by US "
        "aircraft during the Vietnam War. Between 1964 and 1973, the United States flew more "
        "than half a million bombing missions over the country, making it, per person, the most "
        "heavily bombed nation in history. About a third of the bombs did not explode, and the "
        "remains of the war still kill or injure dozens of people every year, most of them "
        "farmers and children. A team from a demining organisation arrived at Bounmy's field two "
        "days after the accident. Dressed in protective vests, six technicians swept the ground "
        "with metal detectors in marked lanes, finding four more bomblets within 50 metres, "
        'which they destroyed in a controlled detonation at the end of the day. "Every field we '
        'clear is a field where a family can farm without fear," said the team leader, who has '
        "worked in clearance for 15 years. Laos' national regulatory authority for unexploded "
        "ordnance says about 2,000 square kilometres of land are still contaminated, and that "
        "clearing it all at the current pace would take decades. Funding comes mainly from the "
        "United States, Japan and European governments, and the US has spent hundreds of "
        "millions of dollars on clearance and assistance to victims since 1995. In Phonsavan, a "
        "visitor centre run by a rehabilitation charity displays prosthetic legs made from bomb "
        "casings and tells the stories of survivors. Schools run lessons on how to recognise the "
        "bomblets, which children sometimes mistake for toys. Bounmy was treated at the "
        "provincial hospital and received help from a survivor assistance programme to pay for "
        'his care. He says he will return to his field when the harvest season begins. "The team '
        'told me it is clean now," he said. "But I will look at the ground differently."',
        "accident",
    ),
    (
        "Eurovision live: Ukraine's Jamala wins with song about Crimean Tatar deportation",
        "STOCKHOLM — Follow our live coverage of the Eurovision Song Contest final at the Globe "
        "Arena. 21:05: The final is under way, with 26 countries competing and an estimated 200 "
        "million viewers across Europe and beyond. Sweden's hosts Petra Mede and Måns Zelmerlöw "
        "opened the show with a comic number about what makes a Eurovision winner. 21:40: "
        'Ukraine\'s Jamala has just performed "1944", a haunting song about the deportation of '
        "Crimean Tatars by Stalin's government during the Second World War, in which her "
        "great-grandmother lost a daughter. The song, partly sung in Crimean Tatar, drew one of "
        "the loudest cheers of the night so far. Russian officials had complained before the "
        "contest that the song was political, but the organisers ruled that it did not break the "
        "rules because it was about a historical event. 22:30: Voting is open. Bookmakers still "
        "have Russia's Sergey Lazarev as the favourite, with Australia's Dami Im and Ukraine "
        "close behind. 23:10: The juries have spoken and Australia is in the lead, with Ukraine "
        "second and Russia third. This year, for the first time, the jury and televote results "
        "are being announced separately, so anything can still happen. 23:35: Ukraine wins! "
        "After the public vote, Jamala has won with 534 points, ahead of Australia on 511 and "
        'Russia on 491. She is in tears on stage, wrapped in a Ukrainian flag. "I really wanted '
        'to sing a song about the truth," she told the audience. "I want peace and love for '
        "everyone.\" 23:50: Ukraine's President Petro Poroshenko has congratulated Jamala on "
        'Twitter, calling her performance "incredible". Russian politicians were less pleased: '
        "one member of parliament said the victory was the result of politics, not music. 00:15: "
        "Jamala, whose full name is Susana Jamaladynova, was born in Kyrgyzstan to a Crimean "
        "Tatar family that was allowed to return to Crimea in 1989. She has not been back to the "
        "peninsula since it was annexed by Russia in 2014. Ukraine, which last won in 2004 with "
        "Ruslana, will host next year's contest. The European Broadcasting Union said it would "
        "discuss the venue with Ukrainian broadcasters in the coming weeks. That's all from us "
        "tonight, thanks for following along.",
        "entertainment",
    ),
    (
        "Pakistan floods live: a third of the country under water as death toll passes 1,100",
        "ISLAMABAD — Here are the latest developments as Pakistan struggles with the worst "
        "floods in its history. The death toll from monsoon rains and floods since mid-June has "
        "risen to 1,136, including 386 children, the National Disaster Management Authority said "
        "on Tuesday, and more than 33 million people have been affected. Climate Change Minister "
        "Sherry Rehman said a third of the country was under water and described the scale of "
        'the disaster as "a crisis of unimaginable proportions". In Sindh province, floodwaters '
        "have formed a lake tens of kilometres wide around the town of Dadu, and officials are "
        "cutting embankments to protect the town. About half a million people are living in "
        "relief camps, many of them in schools, and hundreds of thousands more are sheltering on "
        "raised roads and railway embankments with their cattle. The army has deployed troops "
        "and helicopters to rescue people stranded on rooftops in the Swat valley in the north, "
        "where swollen rivers swept away hotels, bridges and roads. Videos showed a hotel "
        'collapsing into the river in Kalam. "We have lost everything, our house, our crops, our '
        'animals," said a farmer waiting for food at a distribution point near Sukkur. The UN '
        "launched an appeal for $160 million in emergency aid, and Secretary-General António "
        "Guterres is due to visit the country next week. Aid flights from Turkey, the United "
        "Arab Emirates and China have begun to arrive in Islamabad and Karachi. Health officials "
        "have warned of outbreaks of diarrhoea, malaria and dengue fever among people in the "
        "camps, where clean water is scarce. Prime Minister Shehbaz Sharif has said the damage "
        "could exceed $10 billion, and the government has appealed to international lenders for "
        "relief. The floods have destroyed more than a million houses and washed away large "
        "areas of cotton and rice crops, raising fears of food shortages in the coming months. "
        "Scientists say climate change has made the monsoon rains heavier, and Pakistan, which "
        "accounts for less than 1 percent of global greenhouse gas emissions, has called on rich "
        "countries to help pay for the damage.",
        "disaster",
    ),
]
