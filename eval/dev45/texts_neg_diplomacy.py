"""dev45 negatives: Security Council, sanctions, talks, treaties and coups without fighting. NEGATIVES = [(title, text, kind code), ...]."""

NEGATIVES = [
    (
        "Council extends UNIFIL one last time before wind-down",
        "The Security Council unanimously extended the mandate of the UN Interim Force in Lebanon until the end of 2026 and asked the Secretary-General to prepare its withdrawal within a year after that, ending a mission deployed in 1978.",
        "peace",
    ),
    (
        "UN renews Central African Republic peacekeeping mandate",
        "The Security Council renewed the mandate of MINUSCA, the peacekeeping mission in the Central African Republic, for a year, and asked it to support the December elections. The resolution passed with 13 votes in favour and two abstentions. The mission has about 14,000 uniformed personnel.",
        "peace",
    ),
    (
        "EU adopts new sanctions package against Russia",
        "European Union ambassadors approved an 18th package of sanctions against Russia, lowering the price cap on Russian crude oil and adding 105 vessels of the so-called shadow fleet to a port ban. Slovakia lifted its veto after receiving assurances on gas prices. The Kremlin said the measures would not change its course. EU foreign ministers are to approve the package formally on Friday.",
        "politics",
    ),
    (
        "US sanctions refinery in China over Iranian oil purchases",
        "The US Treasury imposed sanctions on an independent refinery in China's Shandong province and on 19 tanker companies for buying and shipping Iranian crude oil, saying the revenue funds Iran's missile and drone programmes.",
        "economy",
    ),
    (
        "Iranian and US negotiators hold nuclear talks in Muscat",
        "Iranian Foreign Minister Abbas Araqchi and US envoy Steve Witkoff held indirect nuclear talks in Muscat through Omani mediators, and both sides called the meeting constructive. A second round is set for next week in Rome. Iran insisted on its right to enrich uranium.",
        "peace",
    ),
    (
        "Putin offers to keep New START limits for a year after treaty expires",
        "President Vladimir Putin said Russia would keep to the limits of the New START treaty on deployed strategic warheads for one year after it expires in February, if the United States does the same. The treaty is the last arms control pact between the two countries.",
        "peace",
    ),
    (
        "Baltic states and Poland to quit landmine ban treaty",
        "The defence ministers of Poland, Lithuania, Latvia and Estonia recommended withdrawing from the Ottawa Convention banning anti-personnel landmines, saying the military threat from Russia had deteriorated. Rights groups called the move a step backwards. Finland announced a similar step days later.",
        "politics",
    ),
    (
        "Armenia and Azerbaijan initial peace agreement at White House",
        "The leaders of Armenia and Azerbaijan initialled a peace agreement at the White House, agreeing to open a transit route through southern Armenia and to dissolve the OSCE Minsk Group, which mediated over Nagorno-Karabakh for three decades. President Donald Trump called it a historic day.",
        "peace",
    ),
    (
        "Russia and Ukraine exchange 390 prisoners each",
        "Russia and Ukraine each released 390 prisoners, soldiers and civilians, in the first stage of the largest exchange of the war, agreed at talks in Istanbul. The freed Ukrainians crossed into Ukraine through Belarus, President Volodymyr Zelensky said. 'We are bringing our people home,' he wrote. More exchanges are expected over the weekend.",
        "peace",
    ),
    (
        "DR Congo and Rwanda sign peace agreement in Washington",
        "The foreign ministers of the Democratic Republic of Congo and Rwanda signed a peace agreement in Washington, committing Rwanda to withdraw its troops from eastern Congo within 90 days and both countries to set up a joint security coordination mechanism. The M23 rebels, who are not party to the deal, are holding separate talks in Doha.",
        "peace",
    ),
    (
        "Military hotline between the two Koreas rings again",
        "South Korea's defence ministry said North Korea had answered a routine call on the inter-Korean military communication line for the first time in months, and that both sides had exchanged messages on fishing boats near the maritime border.",
        "peace",
    ),
    (
        "India and Pakistan military chiefs talk on hotline, agree to keep ceasefire",
        "The directors general of military operations of India and Pakistan spoke on their hotline and agreed to keep to the understanding on the cessation of firing along the Line of Control, the Indian army said. The border was quiet for a third straight night.",
        "peace",
    ),
    (
        "Mediators bring Gaza ceasefire draft to negotiators in Doha",
        "Qatari and Egyptian mediators presented Israeli and Hamas negotiators in Doha with a new draft for a 60-day ceasefire and the release of ten living hostages, diplomats said. Hamas said it was studying the text. Israel's delegation was expected to reply within days.",
        "peace",
    ),
    (
        "Sudan peace talks in Jeddah suspended",
        "Saudi Arabia and the United States suspended Sudan ceasefire talks in Jeddah after the army's delegation walked out, mediators said, adding that the parties had not respected earlier commitments on humanitarian access.",
        "peace",
    ),
    (
        "NPT conference ends without final document",
        "The review conference of the Nuclear Non-Proliferation Treaty ended in New York without a consensus final document for the second time in a row, after Russia objected to language on the Zaporizhzhia nuclear plant.",
        "peace",
    ),
    (
        "IAEA board censures Iran over undeclared nuclear material",
        "The IAEA's Board of Governors passed a resolution finding Iran in breach of its non-proliferation obligations for the first time in almost 20 years. Russia and China voted against. Iran said it would open a new enrichment facility in response.",
        "politics",
    ),
    (
        "Security Council renews arms embargo on South Sudan",
        "The UN Security Council renewed the arms embargo on South Sudan and targeted sanctions on individuals for another year, in a vote of nine in favour and six abstentions. South Sudan's envoy said the measures hampered its own security forces.",
        "politics",
    ),
    (
        "Burkina government dismisses coup rumours as fake news",
        "Burkina Faso's government said reports on social media of a coup attempt in Ouagadougou were fake news spread by 'enemies of the nation', and state television broadcast images of Captain Ibrahim Traoré meeting officials. Residents said the capital was calm. Mobile internet was restricted for several hours.",
        "politics",
    ),
    (
        "Officers seize power on state television, dissolve institutions",
        "A group of military officers appeared on national television in Gabon before dawn to announce that they had dissolved the government, the parliament and the constitution and placed the president under house arrest. No shots were heard in Libreville, and shops opened as usual later in the day. The officers said the army would guarantee the transition and closed the borders until further notice. The African Union suspended Gabon the next day.",
        "politics",
    ),
    (
        "Defence minister dismissed after procurement scandal",
        "The president dismissed the defence minister and two deputy ministers after investigators said contracts for body armour and ammunition had been signed at inflated prices with companies linked to ministry officials. Prosecutors opened a criminal case against the two deputies.",
        "politics",
    ),
    (
        "China and Japan open defence hotline",
        "China and Japan began operating a direct hotline between their defence authorities, meant to prevent accidental clashes at sea and in the air around the East China Sea, Tokyo's defence ministry said.",
        "peace",
    ),
    (
        "US and Chinese military officials hold maritime talks in Hawaii",
        "US and Chinese military officers held talks in Honolulu under the Military Maritime Consultative Agreement, discussing unsafe encounters between ships and aircraft, the Pentagon said. It was the first such meeting in two years.",
        "peace",
    ),
    (
        "Sahel juntas launch joint force of 5,000 troops",
        "Mali, Burkina Faso and Niger announced that their joint force of 5,000 soldiers was operational, with headquarters in Niamey, after the three military governments left ECOWAS. The force will have its own air and intelligence assets, a spokesman said. A Burkinabè general will command it.",
        "military",
    ),
    (
        "Hostage release deal approved by Israeli cabinet",
        "Israel's cabinet approved a deal for the release of 33 hostages held in Gaza in exchange for hundreds of Palestinian prisoners during a six-week first phase, the prime minister's office said. The first releases are due on Sunday. Several ministers voted against.",
        "peace",
    ),
    (
        "Ceasefire between Thailand and Cambodia takes effect at midnight",
        "A ceasefire between Thailand and Cambodia took effect at midnight after talks in Kuala Lumpur, and regional army commanders met the next morning to discuss the return of displaced villagers. Both sides reported that the border was quiet. ASEAN observers are to monitor the truce.",
        "peace",
    ),
]
