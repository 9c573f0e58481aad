"""dev38 negatives: politics, economy, entertainment, official visits and other news. NEGATIVES = [(title, text, kind code), ...]."""

NEGATIVES = [
    (
        "MPs battle over Finance Bill in heated session",
        "Members of the National Assembly engaged in a fierce battle over the Finance Bill on Thursday, with opposition legislators accusing the government of waging war on ordinary taxpayers. The Majority Leader defended the proposed levies, saying they were needed to close the budget deficit. The House will vote on the bill next week.",
        "politics",
    ),
    (
        "Senate vows war against crude oil theft in Niger Delta",
        "The Senate has vowed to wage total war against crude oil theft in the Niger Delta, setting up an ad hoc committee to probe losses at export terminals. The Senate President said the theft had become an economic sabotage that the National Assembly would no longer tolerate. The committee has four weeks to submit its report.",
        "politics",
    ),
    (
        "State Duma adopts law on new migrant registry",
        "The State Duma adopted in the third and final reading a law creating a register of controlled persons for foreigners who violate migration rules, the Duma's press service said. The chairman said the law would allow the authorities to expel violators faster, TASS reported.",
        "politics",
    ),
    (
        "Majlis impeaches economy minister over inflation",
        "The Islamic Consultative Assembly voted on Sunday to impeach the minister of economic affairs and finance, with 182 lawmakers voting in favour, IRNA reported. Lawmakers criticised the minister over the fall of the national currency and rising prices. The government spokesman said the President would introduce a new nominee within three months. In the meantime, a caretaker will run the ministry.",
        "politics",
    ),
    (
        "Transitional charter amended to extend transition by five years",
        "The national consultations held in Ouagadougou adopted an amended transitional charter extending the transition by 60 months from July, the Burkinabe Information Agency reported. The text allows the President of the Transition to run in the elections that will end the transition.",
        "politics",
    ),
    (
        "Verkhovna Rada extends martial law and general mobilisation for 90 days",
        "The Verkhovna Rada has voted to extend martial law and general mobilisation in Ukraine for another 90 days, a lawmaker said on Telegram. The bills were backed by 320 deputies, Ukrinform reports. The current extension will take effect next month.",
        "politics",
    ),
    (
        "Prime minister announces technocratic cabinet in Port Sudan",
        "Sudan's prime minister announced the formation of a 22-member cabinet of technocrats in Port Sudan on Monday, the Sudan News Agency reported. He said the government would focus on restoring public services and the economy. The ministers are expected to take the oath of office before the chairman of the Sovereignty Council later this week.",
        "politics",
    ),
    (
        "Opposition attacks government over rising unemployment figures",
        "Opposition parties launched a sharp attack on the Union government in the Lok Sabha over rising unemployment, staging a walkout after the Speaker disallowed an adjournment motion. The minister of labour said the figures showed job creation had improved in the manufacturing sector, PTI reported. The House was adjourned twice amid the uproar.",
        "politics",
    ),
    (
        "Federal parliament passes electoral law for one-person one-vote polls",
        "The Federal Parliament of Somalia passed the national electoral law on Saturday, paving the way for one-person one-vote elections, SONNA reported. The Speaker said 169 members voted in favour, while opposition lawmakers boycotted the session. The law now goes to the President for signature.",
        "politics",
    ),
    (
        "China-Africa trade reaches record high in first half",
        "Trade between China and African countries reached a record high in the first half of the year, up 5.5 percent year on year, data from the General Administration of Customs showed. Exports of electromechanical products and imports of agricultural products rose sharply, Xinhua reported. China has been Africa's largest trading partner for 16 consecutive years.",
        "economy",
    ),
    (
        "Naira gains at official window as dollar supply improves",
        "The naira appreciated against the US dollar at the official foreign exchange market on Friday, closing at N1,480 per dollar, data from the Central Bank of Nigeria showed. Analysts attributed the gain to improved inflows from foreign portfolio investors. At the parallel market, the currency traded at N1,510 per dollar, dealers said. The apex bank's governor has said the exchange rate reforms will continue.",
        "economy",
    ),
    (
        "SBP keeps policy rate unchanged at 11 percent",
        "The State Bank of Pakistan kept its key policy rate unchanged at 11 percent, the Monetary Policy Committee said on Monday. The committee said inflation was expected to remain within the target range, while the current account recorded a surplus, APP reported. The Governor said the decision was unanimous.",
        "economy",
    ),
    (
        "Iran's non-oil exports rise 12 percent",
        "Iran's non-oil exports rose 12 percent in the first seven months of the Iranian calendar year, the head of the Islamic Republic of Iran Customs Administration said. China, Iraq and the UAE were the main destinations, IRNA reported. Petrochemicals, steel and agricultural products made up most of the shipments, the official added.",
        "economy",
    ),
    (
        "Ukrainian sea corridor ports handle 5 million tonnes in a month",
        "The ports of Greater Odesa handled over 5 million tonnes of cargo through the Ukrainian sea corridor last month, most of it grain and iron ore, the deputy prime minister for restoration said. Since the corridor opened, more than 2,000 vessels have used it, Ukrinform reports.",
        "economy",
    ),
    (
        "Price war among mobile operators as data bundles get cheaper",
        "Kenya's mobile network operators have entered a price war, slashing the cost of data bundles by up to 40 percent in a battle for subscribers, the Communications Authority said. Analysts said the cuts would boost internet use in rural areas. The largest operator said it would match any offer by its rivals. Smaller operators warned that their margins were under pressure.",
        "economy",
    ),
    (
        "Cuba receives one millionth international visitor of the year",
        "Cuba welcomed its one millionth international visitor of the year on Tuesday at the José Martí International Airport in Havana, the Ministry of Tourism reported. Canada remained the main source market, followed by Russia and Cubans living abroad, Prensa Latina said.",
        "economy",
    ),
    (
        "Palm oil futures end higher on stronger soybean oil",
        "Crude palm oil futures on Bursa Malaysia Derivatives closed higher on Friday, tracking gains in soybean oil on the Dalian and Chicago markets, a dealer said. The benchmark contract for third-month delivery rose RM42 to RM4,010 per tonne, Bernama reported.",
        "economy",
    ),
    (
        "Nollywood film on Chibok girls premieres in Lagos",
        "A Nollywood film telling the story of the abduction of the Chibok schoolgirls premiered in Lagos on Friday, with some of the freed girls in attendance. The director said the film was meant to keep the memory of the girls alive and to celebrate their courage. It will open in cinemas across the country next week.",
        "entertainment",
    ),
    (
        "Fajr Film Festival screens new Sacred Defence productions",
        "The 43rd Fajr Film Festival opened in Tehran with the screening of three new productions in the Sacred Defence genre, about the eight-year war imposed on Iran, IRNA reported. The festival's secretary said young directors had brought a new perspective to the stories of the martyrs.",
        "entertainment",
    ),
    (
        "Film about participants of special military operation premieres in Moscow",
        "A feature film about the everyday life of the participants of the special military operation premiered at the Oktyabr cinema in Moscow on Thursday, TASS reported. The film, shot partly in the Zaporozhye region, tells the story of a drone operator and his family.",
        "entertainment",
    ),
    (
        "Exhibition on the Battle of Algiers opens at Bardo museum",
        "An exhibition of photographs, documents and posters on the Battle of Algiers opened at the Bardo museum, marking the anniversary of the events of 1957, APS reported. The minister of culture said the exhibition was intended to pass the memory of the martyrs on to young generations. The exhibition will remain open to the public until the end of the year.",
        "entertainment",
    ),
    (
        "War photography exhibition opens in Lviv",
        "An exhibition of photographs by Ukrainian war photographers opened in Lviv on Friday, showing images from frontline towns and the liberated territories, Ukrinform reports. The organisers said the exhibition would travel to Warsaw and Berlin next year. Part of the proceeds from the sale of catalogues will go to rehabilitation centres for veterans.",
        "entertainment",
    ),
    (
        "Former Kakuma refugee graduates as doctor from University of Nairobi",
        "A former refugee who grew up in the Kakuma camp graduated as a medical doctor from the University of Nairobi on Friday, topping his class in surgery. He said he would return to Turkana County to work in the referral hospital.",
        "other",
    ),
    (
        "China launches new remote sensing satellite",
        "China successfully launched a new remote sensing satellite from the Jiuquan Satellite Launch Center on Tuesday, Xinhua reported. The satellite entered its planned orbit and will be used for land surveys, crop yield estimation and disaster prevention. It was the 540th flight mission of the Long March series of carrier rockets.",
        "other",
    ),
    (
        "Prime Minister receives Saudi Foreign Minister in Putrajaya",
        "The Prime Minister received a courtesy call from the Foreign Minister of the Kingdom of Saudi Arabia at his office in Perdana Putra on Tuesday, Bernama reported. The two leaders discussed trade, Haj quota arrangements and cooperation in halal industries. The visiting minister later met his Malaysian counterpart at Wisma Putra.",
        "other",
    ),
    (
        "Prime Minister inaugurates new international airport in Gwadar",
        "The Prime Minister inaugurated the New Gwadar International Airport on Monday, calling it a milestone of the China-Pakistan Economic Corridor, APP reported. He said the airport would connect Balochistan with the Gulf and Central Asia and create jobs for local youth. The first flight from Karachi landed at the airport after the ceremony.",
        "other",
    ),
    (
        "Damascus International Fair opens with participation of 40 countries",
        "The Damascus International Fair opened its doors on Thursday with the participation of companies from 40 Arab and foreign countries, SANA reported. The Minister of Economy said the fair reflected the return of investors and the recovery of the national economy. The fair will run for ten days at the fairground on the airport road.",
        "other",
    ),
    (
        "Head of State receives credentials of five new ambassadors",
        "The President of the Transition, Head of State, received on Wednesday at Koulouba Palace the letters of credence of five new ambassadors accredited to Mali, including those of Russia and Türkiye, ORTM reported. The diplomats pledged to strengthen cooperation with Mali. The ceremony took place in the presence of the Minister of Foreign Affairs.",
        "other",
    ),
    (
        "Electoral commission publishes calendar for general elections",
        "The Independent National Electoral Commission has published the timetable for next year's general elections, with presidential and National Assembly polls fixed for February, the commission's chairman said in Abuja. Party primaries will be held between April and June, and campaigns will open in the autumn.",
        "other",
    ),
]
