"""dev101 negatives: borders at peace or at work (crossings reopened, demarcation, ceasefires
holding, disengagement, border markets and trade, strikes and blockades at crossings)."""

from wrap import w

# (title, text, kind code)
NEGATIVES = [
    (
        "Kartarpur corridor opens, letting Indian pilgrims visit Sikh shrine in Pakistan visa-free",
        w("""
        Hundreds of Indian Sikh pilgrims crossed into Pakistan on Saturday through a newly built
        corridor to visit the Gurdwara Darbar Sahib at Kartarpur, where the founder of Sikhism
        spent his last years, without needing a visa. Prime Ministers Narendra Modi and Imran Khan
        inaugurated the two ends of the corridor, a rare gesture of cooperation between the
        neighbours. Pilgrims must return the same day and pay a fee of $20. Many wept as they
        reached the white-domed shrine, which can be seen from the Indian side through binoculars.
        """),
        "peace",
    ),
    (
        "Torkham reopens for trade after 25-day closure",
        w("""
        The Torkham border crossing reopened for cargo vehicles on Friday after a 25-day closure,
        following talks between Pakistani and Afghan officials on the construction dispute that had
        shut it. Long queues of trucks loaded with fruit, coal and cement began moving in both
        directions in the afternoon. Pedestrian crossings will resume on Monday, the deputy
        commissioner of Khyber said. Traders estimate losses of more than $3 million a day during
        the closure. Drivers who had slept in their cabs for weeks cheered as the gate opened.
        """),
        "economy",
    ),
    (
        "Kyrgyz and Tajik presidents sign border treaty ending decades-old dispute",
        w("""
        President Sadyr Japarov and President Emomali Rahmon signed a treaty on the state border
        between Kyrgyzstan and Tajikistan in Bishkek on Thursday, settling the last disputed
        sections of their 980-kilometre frontier. Under the agreement, the Golovnoi water intake
        will be jointly managed and several roads will be open to citizens of both countries.
        Parliaments of both countries are expected to ratify the treaty within weeks. Some
        residents of Batken will be resettled, with compensation, from villages that pass to the
        other side.
        """),
        "peace",
    ),
    (
        "Kyrgyz-Tajik checkpoints reopen for travellers after four years",
        w("""
        The Kyzyl-Bel and Karamyk checkpoints on the Kyrgyz-Tajik border reopened for passengers
        and cargo on Saturday for the first time in four years, the Border Service said. Relatives
        who had not seen each other since the closure embraced at the crossing in Batken region.
        Bus services between Batken and Isfara are due to resume next month, the transport
        ministry told 24.kg.
        """),
        "peace",
    ),
    (
        "Uzbekistan and Kyrgyzstan sign deal on Kempir-Abad reservoir",
        w("""
        Uzbekistan and Kyrgyzstan signed an agreement on Thursday under which the Kempir-Abad
        reservoir, known in Uzbekistan as the Andijan reservoir, will pass to Uzbekistan in
        exchange for 19,000 hectares of land elsewhere in Kyrgyzstan. The deal completes the
        demarcation of the two countries' border. Both presidents hailed it as a model for the
        region. Kyrgyz villagers who graze animals near the reservoir will keep access to the
        pastures, officials said.
        """),
        "peace",
    ),
    (
        "Armenia and Azerbaijan agree to mark first section of border in Tavush",
        w("""
        Armenia has agreed to return four abandoned villages in its northern Tavush province to
        Azerbaijan as part of the first demarcation of a section of the two countries' border,
        officials said on Tuesday. Surveyors from both sides began placing concrete markers near
        the village of Kirants under the supervision of a joint commission. Prime Minister Nikol
        Pashinyan said the move would reduce the risk of another war, while residents of Kirants
        worried that a main highway would pass within metres of the new line.
        """),
        "peace",
    ),
    (
        "China and Bhutan make progress in boundary talks",
        w("""
        China and Bhutan held their 25th round of boundary talks in Beijing this week and agreed to
        speed up a three-step roadmap for delimiting and demarcating their border, the Chinese
        foreign ministry said. A joint technical team met for the first time last year. The two
        countries have no formal diplomatic relations.
        """),
        "peace",
    ),
    (
        "Six months after ceasefire, farmers return to fields along LoC",
        w("""
        For the first time in years, farmers in Uri and Keran are harvesting paddy right up to the
        fence, six months after the armies of India and Pakistan agreed to strictly observe the
        2003 ceasefire. Not a single violation has been reported since February, officials said.
        Tourists have returned to the Gurez valley, and a new homestay has opened in Teetwal.
        Children in border villages now walk to school along roads they once avoided, a teacher in
        Churunda said. Community bunkers built in recent years are being used to store hay.
        """),
        "peace",
    ),
    (
        "Thai-Cambodian truce holds as ASEAN observers tour border",
        w("""
        A ceasefire between Thailand and Cambodia held for a fourth day on Friday, with no new
        exchanges reported along the border, as defence attaches from ASEAN countries visited
        positions on both sides. Commanders from the two armies met in Koh Kong province and agreed
        not to move troops closer to the disputed temples. Evacuees in Surin began returning to
        their homes to check on crops and livestock. Border checkpoints remain closed to trade.
        """),
        "peace",
    ),
    (
        "India, China complete disengagement at Depsang and Demchok",
        w("""
        Indian and Chinese troops have completed disengagement at Depsang and Demchok in eastern
        Ladakh, and coordinated patrolling will begin soon, defence officials said on Wednesday,
        days after the two countries reached an agreement on the last friction points along the
        Line of Actual Control. Temporary structures were dismantled and verified by both sides.
        Soldiers exchanged sweets at border points on Diwali. Graziers from Chushul said they hoped
        to take their herds back to winter pastures they had not used for four years.
        """),
        "peace",
    ),
    (
        "Armenia and Azerbaijan finalise text of peace treaty",
        w("""
        Armenia and Azerbaijan have agreed the text of a peace treaty, both foreign ministries said
        on Thursday, after nearly three years of negotiations. The draft commits the neighbours to
        recognise each other's territorial integrity and to withdraw claims in international
        courts. Baku said it would sign only after Armenia removes a territorial claim from its
        constitution, which would require a referendum. The European Union and Washington welcomed
        the news.
        """),
        "peace",
    ),
    (
        "Schools reopen in Poonch as ceasefire holds",
        w("""
        Schools in Poonch and Rajouri reopened on Monday after more than two weeks, and markets in
        Poonch town were crowded for the first time since the ceasefire was announced. Families who
        had gone to Jammu have been returning in buses arranged by the administration. The district
        magistrate said teams were assessing damaged houses for compensation.
        """),
        "peace",
    ),
    (
        "Nathu La border trade with Tibet to resume next month after five years",
        w("""
        Border trade between Sikkim and Tibet through the Nathu La pass will resume in May after a
        gap of five years, the state's commerce department said. About 400 traders have renewed
        their permits to sell goods such as spices, blankets and utensils at the Sherathang market,
        and to buy yak wool, carpets and Chinese shoes. The pass is open for trade four days a week
        from May to November. Traders have asked for the list of permitted goods, unchanged since
        2006, to be expanded.
        """),
        "economy",
    ),
    (
        "Border haats on India-Bangladesh frontier reopen, bringing back weekly trade",
        w("""
        Border haats in Meghalaya and Tripura reopened on Tuesday, allowing residents on both sides
        of the India-Bangladesh frontier to buy and sell local produce at weekly markets. Vendors
        from Bangladesh sold dried fish, plastic goods and clothes, while Indian traders offered
        fruit, spices and cosmetics. Each buyer can spend up to $200 per market day. The markets,
        set up in a strip of land between the fences, had been shut for more than two years.
        """),
        "economy",
    ),
    (
        "Cargo through Irkeshtam rises as Kyrgyz-China trade booms",
        w("""
        Cargo traffic through the Irkeshtam checkpoint on the Kyrgyz-Chinese border rose by a third
        in the first half of the year, the customs service said, as trucks carrying Chinese
        clothes, electronics and car parts headed for markets in Osh and beyond. The checkpoint now
        works seven days a week. Drivers still wait up to three days in queues on the Chinese side.
        A new terminal with parking for 500 trucks is due to open next year.
        """),
        "economy",
    ),
    (
        "Attari-Wagah beating retreat ceremony scaled down, handshake dropped",
        w("""
        The Border Security Force has scaled down the daily beating retreat ceremony at the
        Attari-Wagah border, ending the customary handshake with Pakistan Rangers and keeping the
        gates closed during the lowering of the flags. The high-stepping parade will continue in
        front of spectators. Thousands of visitors attend the ceremony each evening.
        """),
        "military",
    ),
    (
        "Polish truckers block crossings into Ukraine over permit rules",
        w("""
        Polish truck drivers blocked three border crossings with Ukraine on Monday, leaving about
        2,000 lorries stuck in queues stretching more than 20 km, in protest at what they call
        unfair competition from Ukrainian haulers. The protesters let through humanitarian aid,
        fuel and livestock. Ukraine's infrastructure ministry said two Ukrainian drivers waiting in
        the queue had died of natural causes. Volunteers brought hot meals and diesel for heaters
        to drivers stuck in freezing weather. Talks between the two governments were due on
        Thursday.
        """),
        "protest",
    ),
    (
        "Chaman traders continue sit-in against passport rule for 100th day",
        w("""
        Traders, labourers and political workers marked the 100th day of their sit-in near the
        Friendship Gate in Chaman on Sunday, demanding the restoration of the old system under
        which border residents could cross with identity cards. Speakers said the protest would
        stay peaceful. Talks with the provincial government have failed so far. Women from the town
        joined the camp for the first time, and shopkeepers closed the main bazaar for the day in
        solidarity.
        """),
        "protest",
    ),
    (
        "French customs officers' work-to-rule causes long queues at Calais",
        w("""
        Lorries queued for up to 20 km on the A16 motorway outside Calais on Monday as French
        customs officers staged a work-to-rule over pay and staffing, checking every vehicle bound
        for Britain. The Eurotunnel terminal advised passengers to expect delays of several hours.
        Unions said the action would continue until the government opened talks.
        """),
        "protest",
    ),
    (
        "Mexican truckers block Pharr bridge over Texas inspections",
        w("""
        Mexican truck drivers blocked the Pharr-Reynosa international bridge for a third day on
        Wednesday in protest against extra safety inspections ordered by Texas Governor Greg
        Abbott, which have slowed cargo crossings to a crawl. Produce exporters said loads of
        avocados and tomatoes were rotting in their trailers. The drivers parked their rigs across
        the lanes and sat under umbrellas. Carriers rerouted some loads to Laredo, where waits also
        stretched to more than 12 hours.
        """),
        "protest",
    ),
    (
        "Kazakhstan and China agree visa-free travel for 30-day visits",
        w("""
        Kazakhstan and China have agreed to let each other's citizens travel without visas for
        visits of up to 30 days, Kazakhstan's foreign ministry said on Friday. The agreement is
        expected to boost tourism and shopping trips to the Khorgos free trade zone on the border.
        Travellers will be allowed up to 90 days in any six months. Airlines have announced new
        flights between Almaty and Urumqi, Beijing and Shanghai.
        """),
        "other",
    ),
    (
        "BSF and BGB agree on joint patrols against smuggling",
        w("""
        India's Border Security Force and Border Guard Bangladesh agreed at talks in Dhaka to hold
        coordinated patrols at night along vulnerable stretches of the frontier and to share
        information on smugglers of cattle, drugs and counterfeit currency, officials said on
        Saturday. The two chiefs also agreed to speed up fencing of some sections. The next round
        of talks will be held in New Delhi in the spring.
        """),
        "politics",
    ),
    (
        "Aid trucks cross Armenia-Turkey border for first time in 35 years",
        w("""
        Five trucks carrying food and water crossed from Armenia into Turkey at the Margara
        checkpoint on Saturday, the first time the border had been opened since 1988, to help
        survivors of the earthquake that killed tens of thousands in southern Turkey. Armenian
        rescuers had already flown to Adiyaman. Officials on both sides said the gesture could help
        efforts to normalise relations. Turkey's special envoy for talks with Armenia thanked
        Yerevan on social media.
        """),
        "disaster",
    ),
    (
        "ICJ hears Guatemala-Belize territorial claim",
        w("""
        The International Court of Justice began hearing arguments on Monday in a territorial
        dispute between Guatemala and Belize that dates back to the 19th century. Guatemala claims
        about half of Belize's territory as well as islands and sea areas. Both countries agreed in
        referendums to accept the court's ruling as final. A decision is not expected for at least
        a year.
        """),
        "peace",
    ),
]
