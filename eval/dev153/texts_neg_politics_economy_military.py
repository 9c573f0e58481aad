"""dev153 hard negatives (2 of 5): politics and economy with war
words in other senses, and the military without violence (missions, budgets, deployments,
drills)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Badenoch and Jenrick trade blows over 'culture war' as Tory leadership "
        "battle enters final stretch",
        "The two remaining candidates for the Conservative leadership clashed over "
        "immigration, net zero and what one called the party's \"culture war "
        'problem" at a hustings in Birmingham on Tuesday, as ballot papers began '
        "landing on members' doormats. Robert Jenrick accused Kemi Badenoch of "
        'offering "slogans, not solutions" and repeated his pledge to leave the '
        "European convention on human rights. Badenoch said the party had lost the "
        'general election because it had "talked right and governed left" and '
        'promised a "full frontal attack" on diversity programmes in the civil '
        "service. Both candidates rejected suggestions that the contest had become "
        "too bitter, though allies of each have briefed against the other in recent "
        "days. Polling of party members by YouGov gives Badenoch a narrow lead. "
        "Moderate Tory MPs, many of whom backed James Cleverly before his surprise "
        "elimination, said they feared the winner would drag the party further from "
        "the centre ground where elections are won. The result will be announced on "
        "2 November.",
        "politics",
    ),
    (
        "Merz wins battle over debt brake as Bundestag approves huge spending package",
        "Germany's outgoing parliament on Tuesday approved a constitutional "
        "amendment to loosen the country's strict debt rules, clearing the way for "
        "hundreds of billions of euros in spending on defense and infrastructure. "
        "The vote gave the conservative chancellor-in-waiting, Friedrich Merz, a "
        "major victory after a week in which he had to win over the Greens, whose "
        "votes were needed for the required two-thirds majority. The package "
        "exempts defense spending above 1% of GDP from the so-called debt brake and "
        "creates a €500 billion fund for roads, railways, schools and climate "
        "protection. The far-right Alternative for Germany (AfD) and the Left party "
        'attacked the plan as an "assault on democracy," arguing that the outgoing '
        "parliament had no mandate to take such a decision. Several lawmakers tried "
        "unsuccessfully to block the vote at the Constitutional Court. Merz said "
        'Germany was sending a signal to its partners and adversaries "that we are '
        'capable of defending ourselves." Economists said the package could lift '
        "Germany out of two years of stagnation. The upper house, the Bundesrat, is "
        "due to vote on Friday.",
        "politics",
    ),
    (
        "François Bayrou's government falls after losing confidence vote over budget cuts",
        "The government of François Bayrou fell on Monday, September 8, after the "
        "National Assembly refused it its confidence by 364 votes to 194, a "
        "scenario the prime minister had himself set in motion by calling the vote "
        "over his plan to cut €44 billion from next year's budget. It is the first "
        "time under the Fifth Republic that a government has been brought down by a "
        "confidence vote it requested. Left-wing parties and the far-right "
        'Rassemblement National had accused Bayrou of mounting an "attack on '
        'workers" by proposing to scrap two public holidays and freeze pensions and '
        "benefits. In a final speech before the vote, the 74-year-old centrist "
        'warned that the country\'s debt was "a threat to our survival" and accused '
        'his opponents of preferring "the comfort of denial." Bayrou is expected to '
        "hand his resignation to President Emmanuel Macron on Tuesday. Macron, who "
        "has now lost two prime ministers in nine months, said he would name a "
        'successor "in the coming days." The trade unions have called a day of '
        "strikes and demonstrations on September 18. The left-wing alliance "
        "demanded that Macron appoint a prime minister from its ranks, while the "
        "Rassemblement National called for the dissolution of the National Assembly "
        "and fresh elections. The yield on French ten-year government bonds rose "
        "above that of Italy for the first time in decades. Bayrou had been in "
        "office for less than nine months.",
        "politics",
    ),
    (
        "Moldova says it foiled Russian plot to stir unrest around parliamentary elections",
        "Moldovan police said on Monday they had detained 74 people in more than "
        "250 raids across the country in an investigation into an alleged "
        "Russian-backed plan to provoke mass unrest around the September 28 "
        "parliamentary elections. The head of the police said some of the suspects "
        "had travelled to Serbia, where they were trained by instructors linked to "
        "Russian intelligence in how to resist police, use non-lethal weapons and "
        "break through cordons. Investigators seized firearms, pyrotechnics and "
        "large sums of cash, he said. The Kremlin dismissed the accusations as "
        '"anti-Russian" propaganda. President Maia Sandu, whose pro-European Party '
        "of Action and Solidarity (PAS) is seeking to keep its majority, has warned "
        "that Moscow is spending hundreds of millions of euros on vote-buying and "
        'disinformation in what she calls a "hybrid war" against Moldova. The main '
        "opposition Patriotic Bloc, which favours closer ties with Russia, accused "
        "the government of using the raids to intimidate its supporters. Polls "
        "suggest a tight race. Moldova, which was granted EU candidate status in "
        "2022, has a breakaway region, Transnistria, where about 1,500 Russian "
        "troops are stationed. The pro-Russian Gagauz autonomous region and "
        "Transnistria were the focus of several of the raids, police said. Sandu "
        'said on Tuesday that "no amount of money from Moscow will decide the '
        'future of our country." The election campaign has been marked by dozens of '
        "complaints about illegal party financing.",
        "politics",
    ),
    (
        "Georgian Dream files constitutional lawsuit seeking ban of three opposition parties",
        "The ruling Georgian Dream party on Tuesday filed a lawsuit with the "
        "Constitutional Court seeking to ban three of the country's main opposition "
        "parties, the United National Movement, Coalition for Change and Strong "
        "Georgia-Lelo, which it accuses of seeking to overthrow the constitutional "
        "order. Parliamentary Speaker Shalva Papuashvili said the parties had "
        'carried out a "systematic campaign of sabotage" against the state since '
        "the October 2024 elections and had called on foreign governments to impose "
        "sanctions on Georgian officials. Under the constitution, a party can be "
        "banned if it aims to overthrow the constitutional order by force, "
        "undermine the country's independence or violate its territorial integrity. "
        "The opposition said the move was the latest step in the ruling party's "
        '"war on democracy" and part of a slide towards one-party rule. The EU '
        "ambassador said banning opposition parties would be incompatible with "
        "Georgia's candidate status. The court has nine months to rule on the case. "
        "Several opposition leaders are already in prison for refusing to appear "
        "before a parliamentary commission investigating the previous government.",
        "politics",
    ),
    (
        "Central Bank holds rates at 50 percent, vows to keep up fight against inflation",
        "The Central Bank of the Republic of Türkiye (CBRT) kept its key policy "
        "rate unchanged at 50 percent on Thursday for the fourth consecutive month, "
        "saying it would maintain a tight monetary stance until a significant and "
        "sustained decline in the underlying trend of monthly inflation is "
        "achieved. Annual consumer price inflation slowed to 71.6 percent in June "
        "from a peak of 75.4 percent in May, the Turkish Statistical Institute "
        "(TÜİK) said earlier this month. The bank's Monetary Policy Committee said "
        "leading indicators pointed to a decline in the main trend of inflation in "
        "July, but warned that it would tighten policy further if a significant "
        "deterioration was foreseen. Treasury and Finance Minister Mehmet Şimşek "
        'said the "disinflation battle" had entered its second phase and that the '
        "government was determined to cut spending, including through a savings "
        "package for public institutions. Economists polled by the state-run "
        "Anadolu Agency expect the first rate cut in November. The Turkish lira was "
        "little changed at around 33 against the dollar after the decision.",
        "economy",
    ),
    (
        "Ryanair threatens to cut Sicily and Sardinia flights in war with government over fare cap",
        "(ANSA) - ROME, AUGUST 21 - Ryanair on Monday stepped up its battle with "
        "the Italian government over a decree capping air fares to Sicily and "
        "Sardinia, warning that it would cut capacity on domestic routes to the "
        "islands if the measure was not withdrawn. The decree, approved by the "
        "cabinet this month, bans airlines from charging more than 200% of the "
        "average fare on routes to the islands during peak periods and holidays, "
        "and outlaws the use of algorithms that push up prices based on a user's "
        "browsing history. Ryanair chief executive Michael O'Leary called the "
        'measure "illegal" and said it breached EU rules on the freedom of airlines '
        "to set fares. Industry Minister Adolfo Urso accused the Irish low-cost "
        'carrier of "blackmail" and said the government would not back down. '
        "Sicilian regional officials said families had been paying more than 400 "
        "euros for a return flight from Milan to Palermo in August. Consumer "
        "associations welcomed the decree, but the airlines said a price war on "
        "routes to the islands had kept fares low for much of the year. The "
        "European Commission said it was studying the measure.",
        "economy",
    ),
    (
        "Government declares war on illegal tourist flats, orders Airbnb to remove 65,000 listings",
        "Spain's Consumer Affairs Ministry has ordered the platform Airbnb to "
        "remove more than 65,000 holiday rental listings that break the rules, the "
        "government's biggest move yet against illegal tourist flats, which it "
        "blames for pushing up rents in cities such as Madrid, Barcelona, Málaga "
        "and Palma. Consumer Affairs Minister Pablo Bustinduy said many of the "
        "adverts lacked a valid registration number or failed to say whether the "
        "owner was a private individual or a company. Airbnb said it would appeal "
        "against the decision, arguing that the ministry had no power to regulate "
        "short-term rentals, which fall to the regions. Rents in Spain have risen "
        "by about 50% in the past decade, and housing has become voters' main "
        "concern in opinion polls. Tens of thousands of people marched in Madrid, "
        "Barcelona and other cities in April under the slogan \"Let's end the "
        'housing business." The government has also proposed a 100% tax on home '
        "purchases by non-EU residents and has promised to build 180,000 social "
        "homes. Hotel associations welcomed the move, while owners' groups accused "
        "the government of criminalizing an entire sector.",
        "economy",
    ),
    (
        "Baltic states switch off from Russian power grid, ending decades of dependence on Moscow",
        "Lithuania, Latvia and Estonia disconnected their electricity grids from "
        "the Russian and Belarusian power system on Saturday morning, ending a link "
        "that dated back to the Soviet era. The transmission system operators of "
        "the three countries cut the last remaining lines to Russia, Belarus and "
        "Kaliningrad shortly after 9am, and the Baltic grid ran in isolated mode "
        "for a day before synchronising with the continental European network on "
        "Sunday. Thousands of people gathered in Vilnius, Riga and Tallinn to watch "
        "the ceremonial disconnection, and European Commission President Ursula von "
        "der Leyen attended a ceremony in Vilnius. Lithuanian grid operator Litgrid "
        "said the switch-over had gone smoothly and consumers had not felt any "
        "disruption. Officials had warned of a heightened risk of cyberattacks and "
        "sabotage in the days around the switch, and police and military patrols "
        "were stepped up around power stations and substations. The project, which "
        "cost about €1.6 billion and was largely funded by the EU, was accelerated "
        "after Russia's full-scale invasion of Ukraine. Lithuania's energy minister "
        'called it the removal of "the last Soviet shackle" and said the region was '
        "now in control of its own energy future. Russia's foreign ministry said "
        "the disconnection was a political decision that would raise electricity "
        "prices in the Baltics.",
        "economy",
    ),
    (
        "Transnistria's factories shut, homes go cold as Russian gas stops flowing "
        "to Moldova's breakaway region",
        "Most industrial enterprises in Moldova's breakaway Transnistria region "
        "have halted work and residents are living in cold apartments after Russian "
        "gas supplies stopped on January 1, when Ukraine let a transit deal with "
        "Gazprom expire. The separatist authorities in Tiraspol said on Monday that "
        "only food producers were still operating and that households had been told "
        "to use electric heaters and to gather in warm rooms. Hot water and heating "
        "were cut off to about 1,500 apartment blocks. The Moldovan Power Plant at "
        "Cuciurgan, which supplies much of the electricity consumed in the rest of "
        "Moldova, switched from gas to coal, and Chișinău introduced rolling "
        "blackouts of up to four hours a day. Prime Minister Dorin Recean accused "
        "Moscow of using energy as a weapon to destabilise the country ahead of "
        "this year's elections and offered help to the region, which Tiraspol's "
        "leaders rejected. Gazprom blamed Moldova for the suspension, citing a debt "
        "dispute. Transnistria, which broke away after a brief war in 1992, is home "
        "to about 350,000 people and hosts a contingent of Russian troops. Several "
        "pensioners interviewed by Europa Liberă in Tiraspol said they had not had "
        "heating for a week and were sleeping in their coats. The separatist "
        "authorities have blamed Chișinău for the crisis and refused an offer to "
        "buy gas through the Moldovan state company.",
        "economy",
    ),
    (
        "NATO launches Baltic Sentry mission after undersea cable damage, Lithuania "
        "sends navy ships",
        "NATO on Tuesday launched a new mission, Baltic Sentry, to protect undersea "
        "cables and pipelines in the Baltic Sea after a series of incidents in "
        "which ships are suspected of having damaged critical infrastructure by "
        "dragging their anchors along the seabed. Secretary General Mark Rutte "
        "announced the operation at a summit of Baltic Sea countries in Helsinki, "
        "saying frigates, maritime patrol aircraft and a small fleet of naval "
        "drones would be deployed to monitor shipping. Lithuania will contribute a "
        "mine countermeasures vessel and data from its coastal surveillance system, "
        "the defence minister told LRT. The move comes two weeks after the Estlink "
        "2 power cable between Finland and Estonia and several telecommunications "
        "cables were damaged on Christmas Day. Finnish authorities detained the "
        "tanker Eagle S, which they say belongs to Russia's so-called shadow fleet "
        "of ageing vessels used to circumvent oil sanctions, and are investigating "
        "its crew for aggravated criminal mischief. Moscow has denied any "
        "involvement in the incidents. Experts say it is often difficult to prove "
        "whether such damage was deliberate or accidental.",
        "military",
    ),
    (
        "Poland to spend 4.8% of GDP on defence next year, the highest share in NATO",
        "Poland plans to spend a record 200 billion zloty, equivalent to 4.8% of "
        "GDP, on defence next year, according to the draft budget adopted by the "
        "government on Thursday. It would be the highest share of any NATO member "
        "and more than double what Poland spent before Russia's full-scale invasion "
        "of Ukraine. Defence Minister Władysław Kosiniak-Kamysz said the money "
        "would go on modernising the army, building fortifications along the "
        "eastern border under the East Shield programme and paying for the hundreds "
        "of K2 tanks, K9 howitzers and Apache helicopters ordered from South Korea "
        "and the United States. Part of the spending will be financed by the Armed "
        "Forces Support Fund, which is managed by the state development bank and "
        "sits outside the budget. The opposition Law and Justice (PiS) party, which "
        "launched the rearmament drive when it was in power, accused the government "
        "of falling behind on orders. Economists have warned that the spending is "
        "pushing Poland's deficit above 6% of GDP, one of the highest in the "
        "European Union. Poland's armed forces now number about 210,000 soldiers, "
        "and the government aims to reach 300,000.",
        "military",
    ),
    (
        "Merz inaugurates German brigade in Lithuania, first permanent deployment "
        "abroad since WWII",
        "German Chancellor Friedrich Merz on Thursday formally inaugurated a German "
        "armored brigade in Lithuania, the first time since World War II that the "
        "Bundeswehr has stationed a combat unit permanently on foreign soil. At a "
        "ceremony on Vilnius's Cathedral Square attended by Lithuanian President "
        'Gitanas Nausėda, Merz said the defense of Lithuania was "the defense of '
        'Germany" and that Berlin stood by its NATO commitments "without any ifs or '
        'buts." The 45th Panzer Brigade is due to reach its full strength of about '
        "4,800 soldiers and 200 civilian staff by 2027 and will be based in "
        "Rūdninkai and Rukla. Lithuania is paying for barracks, training grounds "
        "and housing and schools for the soldiers' families. Around 400 German "
        'troops are already on the ground. Nausėda called it "a historic day" and '
        "said the brigade was a deterrent to Russia, whose exclave of Kaliningrad "
        "borders Lithuania to the west. Defense Minister Boris Pistorius said "
        "Germany would also consider more contributions to air defense in the "
        "Baltic region.",
        "military",
    ),
    (
        "CSTO holds exercises near Afghan border in Tajikistan as Taliban tensions simmer",
        "Troops from the Russian-led Collective Security Treaty Organization (CSTO) "
        "have begun a week of military exercises in southern Tajikistan, near the "
        "border with Afghanistan, practising how to repel an incursion by armed "
        "groups. About 3,000 soldiers from Russia, Tajikistan, Kazakhstan and "
        "Kyrgyzstan are taking part in the drills at the Harbmaidon training ground "
        "in Khatlon province, backed by attack helicopters, Su-25 ground-attack "
        "jets and artillery, the Tajik Defense Ministry said. Armenia, which has "
        "frozen its participation in the bloc, did not send troops. The scenario "
        "envisages militants crossing the Panj River and seizing a border area, "
        "followed by a counter-offensive with air support. Dushanbe has remained "
        "the most hostile of Afghanistan's neighbors towards the Taliban "
        "government, and officials regularly warn of the threat posed by Tajik "
        "fighters in the ranks of the Islamic State-Khorasan group. Russia's 201st "
        "military base, its largest abroad, is also in Tajikistan. Analysts note "
        "that the annual exercises serve as much to reassure Central Asian "
        "governments of Moscow's continued commitment as to deter any threat from "
        "Afghanistan.",
        "military",
    ),
]
