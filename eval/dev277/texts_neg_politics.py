"""dev277 negatives: politics, land in court, business, peace talks and other news."""

NEGATIVES = [
    (
        "Ruto, Raila open new front in battle for Mt Kenya votes",
        """The battle for Mt Kenya's vote-rich counties intensified on Sunday as Deputy President William Ruto and Azimio la Umoja candidate Raila Odinga held rival rallies barely 30 kilometres apart in Murang'a and Nyeri. Ruto told supporters in Kenol that the "deep state" had declared war on hustlers and vowed to defend their votes. Odinga, accompanied by his running mate Martha Karua, said the region would not be "held hostage" by what he called a campaign of lies. Both camps have deployed dozens of MPs and MCAs to the region in the final weeks before the August 9 polls. An opinion poll released by Infotrak last week showed the two men in a statistical tie nationally, although Ruto leads comfortably in Central Kenya. Analysts say turnout in the region could decide whether the election goes to a run-off. "This is a war of numbers, and every village counts," a campaign strategist said. The IEBC has warned politicians against hate speech.""",
        "politics",
    ),
    (
        "NUP primaries: bruising fight for tickets in Kampala",
        """The National Unity Platform's primaries for Kampala seats have turned into a bruising fight, with at least four sitting MPs losing their tickets to newcomers. Party officials said the vetting committee received more than 300 applications for the 2026 parliamentary and local council elections in the city alone. Kawempe North MP Elias Luyimbazi Nalukoola survived a challenge from a former aide, while candidates in Nakawa and Rubaga accused the party secretariat of "ambushing" them with last-minute nomination fees. "This is not a war against individuals but a cleaning exercise," NUP secretary general David Lewis Rubongoya told journalists at the party headquarters in Makerere Kavule. Some losers have threatened to stand as independents. Political analyst Mwambutsya Ndebesa said the disputes were a sign of the party's popularity rather than weakness. The Electoral Commission will begin nominating parliamentary candidates next month.""",
        "politics",
    ),
    (
        "Court ends 20-year battle over Ruai land, orders squatters to vacate",
        """The Environment and Land Court has ended a 20-year battle over a 140-acre parcel in Ruai, Nairobi, ruling that it belongs to a private company and ordering hundreds of occupants to vacate within 90 days. Justice Oscar Angote said the company had produced a valid title dating back to 1979, while the occupants, who say they bought plots from a self-help group, failed to prove how the group acquired the land. More than 1,200 families live on the land, according to their lawyers, many of them in permanent houses. "We have lived here since 2003 and built schools and churches," one resident said outside the Milimani Law Courts. The residents said they would appeal. The judge directed the National Land Commission to investigate how sub-division papers were issued. Land disputes account for a large share of pending cases in Nairobi's courts, the judiciary said in its latest annual report.""",
        "politics",
    ),
    (
        "Mailo land bill sparks war of words between landlords and tenants",
        """A proposed law to restrict evictions of tenants on mailo land has set off a war of words between Buganda landlords and government officials. The Land (Amendment) Bill, tabled in Parliament last month, would bar landlords from evicting bibanja holders who pay ground rent, known as busuulu, and require any sale to be approved by a district land board. Buganda Kingdom officials said the bill was an attack on property rights guaranteed by the Constitution. Lands minister Judith Nabakooba told a committee hearing that thousands of families had been evicted by "absentee landlords" and speculators in central Uganda. "We are not fighting anyone; we are protecting the poor," she said. The Uganda Law Society called for wider consultation. The committee on physical infrastructure is expected to report back before the end of the session. Land is one of the most contested issues in Ugandan politics.""",
        "politics",
    ),
    (
        "CCM nomination race heats up in Dodoma as aspirants lobby delegates",
        """The race for Chama cha Mapinduzi parliamentary tickets entered its final week on Monday, with aspirants in several Dodoma and Mwanza constituencies accused of using money to win over delegates. The ruling party's ethics committee said it had received complaints against 47 aspirants, and warned that anyone found guilty of vote-buying would be disqualified. In Kawe, five candidates were competing to replace the incumbent, while in Ubungo the sitting MP faced a challenge from a former district commissioner. "This is a battle of ideas, not of envelopes," CCM secretary general Emmanuel Nchimbi told a press conference in Dodoma. The party's National Executive Committee will announce the final list of candidates at the end of the month. Opposition parties say the process shows that the real contest in Tanzanian elections happens within CCM. The National Electoral Commission has published the schedule for nominations.""",
        "politics",
    ),
    (
        "Finance minister defends budget against MPs' attacks",
        """Ethiopia's finance minister Ahmed Shide on Thursday defended the 2024/25 budget against attacks from opposition MPs, who said it placed too heavy a burden on ordinary people after the float of the birr. The budget of 971 billion birr includes increases in public sector salaries and subsidies for fuel and fertiliser, funded in part by support from the International Monetary Fund. Ahmed told the House of Peoples' Representatives that the government was "fighting inflation on every front" and that reforms would attract foreign investment. An MP from the Ethiopian Citizens for Social Justice party said the budget was "a declaration of war on the poor". Another accused the government of hiding the real cost of servicing foreign debt. The house later approved the budget with a large majority. Economists said the success of the reforms would depend on how quickly inflation, which stood above 20% in May, could be brought down.""",
        "politics",
    ),
    (
        "South Sudan pushes elections to 2026 as parties trade blame",
        """South Sudan's transitional government has postponed general elections by two years to December 2026, saying key tasks under the 2018 peace agreement have not been completed. Presidential affairs minister Barnaba Marial Benjamin said the country needed more time to conduct a census, draft a permanent constitution and register political parties. Opposition groups accused President Salva Kiir's SPLM of dragging its feet, while government officials blamed a lack of funds. "We cannot hold elections just to fulfil a date," Marial told reporters in Juba. The US, UK and Norway, the so-called Troika, said they regretted the delay and urged leaders to use the time to prepare. The National Elections Commission said it would need at least $300 million to organise the vote. It is the second time the end of the transitional period has been extended.""",
        "politics",
    ),
    (
        "Garissa market: drought sends cattle prices tumbling",
        """Cattle prices at the Garissa livestock market, one of the largest in East Africa, have fallen by nearly half as the prolonged drought forces herders to sell weak animals. A mature bull that fetched Sh60,000 last year now goes for between Sh25,000 and Sh35,000, traders said on Thursday. More than 3,000 animals are being brought to the market on some days, compared to about 1,200 in a normal season. "If I don't sell now, the cows will die on the way home," said a herder who walked for five days from Ijara. Buyers from Nairobi, Mombasa and as far as Tanzania are taking advantage of the low prices. The Kenya Meat Commission said it had begun a livestock off-take programme to buy animals from pastoralists in affected counties. County livestock officer said water points along the main stock routes had dried up.""",
        "economy",
    ),
    (
        "Pugu cattle auction steady as exporters eye Gulf markets",
        """Trading at Tanzania's Pugu livestock market on the outskirts of Dar es Salaam remained steady this week, with about 4,500 head of cattle and 6,000 goats sold, according to the market's management. Prices for grade cattle ranged between Sh1.2 million and Sh1.8 million, while goats fetched an average of Sh150,000. Exporters said demand from the Gulf and Comoros was rising ahead of the Eid season. The Ministry of Livestock and Fisheries said it was upgrading holding grounds and veterinary checkpoints along routes from Shinyanga, Manyara and Singida. "The animals arrive in better condition now that the rains have been good," a broker said. Traders complained about multiple levies collected by district councils along the way. The government plans to build a modern abattoir at Ruvu to process meat for export.""",
        "economy",
    ),
    (
        "Telcos trade blows as Airtel launches price war on data",
        """Airtel Kenya has cut the price of its daily data bundles by up to 40%, in what analysts describe as the most aggressive price war in the country's telecoms market in years. The new bundles offer 1.5GB for Sh99, compared with Sh150 for a similar package from Safaricom. Safaricom, which controls about two thirds of the mobile market, responded by doubling the validity of some of its bundles. "We are going after the youth segment and we are not backing down," Airtel Kenya managing director said at the launch in Nairobi. The Communications Authority has in the past warned that Safaricom's dominance could allow it to undercut rivals. Analysts at a Nairobi brokerage said the battle would squeeze margins but benefit consumers. Telkom Kenya said it would review its own tariffs.""",
        "economy",
    ),
    (
        "Mombasa tea auction: prices fight back after slump",
        """Tea prices at the Mombasa auction recovered this week after a slump that had pushed average prices to their lowest level in four years, brokers said. The average price rose to $2.41 per kilogramme from $2.18 a fortnight earlier, as buyers from Pakistan, Egypt and the UK returned to the market. About 7.1 million kilogrammes were offered, of which 84% were sold. The East African Tea Trade Association said Kenyan teas had benefited from lower production in Sri Lanka. Farmers in Kericho and Nyamira have been fighting for better payments through the Kenya Tea Development Agency, which has promised a bigger bonus this year. "It is a battle to make ends meet when prices fall," a smallholder in Kisii said. Tea is one of Kenya's biggest foreign exchange earners, along with tourism and diaspora remittances.""",
        "economy",
    ),
    (
        "Doha: Kinshasa and M23 sign declaration of principles",
        """The Congolese government and the AFC/M23 rebel alliance on Saturday signed a declaration of principles in Doha, committing to a permanent ceasefire and to negotiations towards a comprehensive peace agreement. The document was signed by representatives of both sides in the presence of Qatar's minister of state for foreign affairs, Mohammed Al-Khulaifi. Under the declaration, the parties agree to refrain from hate propaganda and from any attempt to seize new positions by force, and to discuss the restoration of state authority in eastern Congo. A final agreement is expected to be signed by mid-August, according to the text. Government spokesman Patrick Muyaya said the declaration took into account Kinshasa's "red lines", including the withdrawal of the rebels from occupied areas. M23 representative Benjamin Mbonimpa said the text was a first step. The United States welcomed the signing.""",
        "peace",
    ),
    (
        "Tumaini talks resume in Nairobi with holdout groups",
        """Peace talks between the South Sudanese government and opposition groups that did not sign the 2018 peace deal resumed in Nairobi on Thursday under the Tumaini Initiative, mediated by Kenya. The talks bring together government representatives and the South Sudan Opposition Movements Alliance, a coalition of groups led by figures such as Pagan Amum and Thomas Cirillo. Mediation chief Lazarus Sumbeiywo said the parties had agreed on most of the protocols on security arrangements and governance. "We are closer than ever to a deal that brings everyone on board," he told reporters. Some groups have raised concerns about a proposed law allowing security agents to detain people without a warrant. President Salva Kiir's office said the government was committed to an inclusive peace. The talks are expected to run for two weeks.""",
        "peace",
    ),
    (
        "Tigrayan ex-fighters hand over heavy weapons under Pretoria deal",
        """Tigrayan forces on Tuesday handed over a consignment of heavy weapons to the Ethiopian National Defence Force at a ceremony near Mekelle, as part of the implementation of the peace agreement signed in Pretoria in November. African Union monitors said tanks, artillery pieces and rocket launchers were handed over and would be stored at a base outside the city. The head of the Tigray forces' command said the handover showed the region's commitment to peace. "We are building trust step by step," said the AU's monitoring team leader, a retired Kenyan general. The government has restored electricity, banking and telecommunications to Tigray in recent weeks, and Ethiopian Airlines has resumed flights to Mekelle. The next phase of the programme will demobilise tens of thousands of fighters, the National Rehabilitation Commission said.""",
        "peace",
    ),
    (
        "Luanda process: ministers agree on steps for Kivu de-escalation",
        """Foreign ministers of the Democratic Republic of Congo and Rwanda met in Luanda on Tuesday under Angolan mediation and agreed on a timetable for measures to reduce tension in eastern Congo. According to the final communiqué, the two sides agreed on a plan to neutralise the FDLR armed group and on the gradual lifting of Rwanda's "defensive measures" along the border. Angolan foreign minister Téte António said the meeting took place in "a constructive atmosphere". The ministers also agreed that an ad hoc verification mechanism, led by Angola, would monitor the truce in force since early August. Congolese minister Thérèse Kayikwamba Wagner said Kinshasa remained committed to the process. A summit between the two presidents could follow, diplomats said.""",
        "peace",
    ),
    (
        "KCSE results: 201,133 candidates attain university entry grade",
        """A total of 201,133 candidates scored a mean grade of C+ and above in the 2023 Kenya Certificate of Secondary Education examination, Education Cabinet Secretary Ezekiel Machogo announced on Monday. The figure is up from 173,345 the previous year, and represents about 22% of the 899,453 candidates who sat the exam. Some 1,216 candidates scored a straight A, he said at the Moi Girls School in Eldoret. Machogo said cases of cheating had fallen sharply after the government tightened the administration of examinations. Girls outperformed boys in English, Kiswahili and biology, while more boys sat physics. The Kenya Universities and Colleges Central Placement Service will open its portal for applications next week. The ministry said candidates could collect their certificates from their schools after three months.""",
        "other",
    ),
    (
        "Short rains outlook: Kenya Met warns of above-normal rainfall",
        """The Kenya Meteorological Department has forecast above-normal rainfall in most parts of the country during the October-November-December short rains season, with the rains expected to start in the second week of October. Director of meteorological services David Gikungu said the western, central and coastal regions were likely to receive the heaviest rains, while parts of the northeast could experience near-normal conditions. He advised farmers to plant early-maturing crops and urged county governments to clear drainage systems. "The season will be influenced by a positive Indian Ocean Dipole," he said. The outlook also warns of the possibility of flash floods in low-lying areas. The department will issue updated forecasts every week. Farmers in Nakuru and Uasin Gishu welcomed the forecast after a dry August.""",
        "other",
    ),
    (
        "Rwanda's Kigali Innovation City signs first tenants",
        """Kigali Innovation City, the technology hub being developed in the Special Economic Zone at Masoro, has signed agreements with its first four tenants, the Rwanda Development Board said on Wednesday. The tenants include a data centre operator, a university that will offer masters courses in computer science and two software companies. The project, backed by Africa50 and the Rwandan government, is expected to create about 50,000 jobs over ten years, according to officials. "We want Kigali to be the place where African tech companies come to grow," RDB chief executive Francis Gatare said at the signing. The first buildings are expected to open next year. Rwanda has attracted regional headquarters of several tech firms in recent years, helped by fast internet and quick business registration.""",
        "other",
    ),
]
