"""Negatives of dev69: juntas and governments without violence (politics), and strikes, ville morte
days, rallies and sit-ins with no violence reported.

Each item: (title, text, kind code); kind codes from eval/conflictset KIND_CODES.
"""

NEGATIVES = [
    (
        "Mali's junta dissolves all political parties and bans their meetings",
        "Mali's military authorities dissolved all political parties and organisations \"of a "
        'political nature" on Tuesday, in a decree read on the state broadcaster ORTM. Meetings '
        "of former party members are now banned throughout the country. The decree follows a "
        "national consultation that recommended giving General Assimi Goïta a five-year "
        'presidential term without an election. Former ministers called the move "a coup against '
        'pluralism" but said they would challenge it in the courts. Several hundred party members '
        "had gathered in Bamako at the start of the month to demand a return to constitutional "
        "order.",
        "politics",
    ),
    (
        "Burkina Faso's junta extends transition by five years after national talks",
        "Captain Ibrahim Traoré will remain head of state until 2029 under a new transitional "
        "charter adopted on Saturday at the end of national consultations in Ouagadougou, the "
        "authorities announced. The charter also allows him to stand in the presidential election "
        "that is to end the transition. Most political parties boycotted the talks, which were "
        "attended by the forces vives of the nation, traditional chiefs and VDP representatives.",
        "politics",
    ),
    (
        "Niger's presidential guard detains president, soldiers announce coup on television",
        "Soldiers of Niger's presidential guard detained President Mohamed Bazoum in his "
        "residence in Niamey on Wednesday, and later appeared on national television to announce "
        'that they had "put an end to the regime". The junta suspended the constitution, closed '
        "the borders and imposed a night curfew. No gunfire was heard in the capital, where shops "
        "closed early and traffic thinned, residents said. The African Union and ECOWAS condemned "
        "the coup and demanded the president's immediate release. On Thursday, supporters of the "
        "soldiers gathered in front of the National Assembly waving Russian flags, and the crowd "
        "dispersed in the evening.",
        "politics",
    ),
    (
        "Mali gives French ambassador 72 hours to leave the country",
        "Mali's transitional government ordered the French ambassador to leave the country within "
        '72 hours on Monday, citing "hostile and outrageous" remarks by French ministers about '
        "the junta. The foreign ministry said the decision was taken in the name of the "
        "sovereignty of the Malian people. Paris said it had taken note and recalled its envoy, "
        "as relations between the two countries reached their lowest point since independence.",
        "politics",
    ),
    (
        "Mali's transitional president and prime minister resign after detention at Kati",
        "Mali's transitional president Bah Ndaw and prime minister Moctar Ouane resigned on "
        "Wednesday, two days after soldiers took them to the Kati military camp following a "
        "cabinet reshuffle that removed two officers, a military adviser said. Vice-president "
        'Assimi Goïta said they had been "placed outside their prerogatives" and promised '
        "elections on schedule. The streets of Bamako remained calm throughout, and the two men "
        "were later released.",
        "politics",
    ),
    (
        'Burkina Faso suspends RFI and France 24 over "false information"',
        "Burkina Faso's government suspended the broadcasts of Radio France Internationale and "
        "France 24 on Monday, accusing the French public broadcasters of relaying a message from "
        'a terrorist leader and spreading "false information". The suspension is "until further '
        'notice", the government spokesman said. Reporters Without Borders called the decision an '
        "attack on the right to information. The two broadcasters are widely listened to in the "
        "country's towns and villages.",
        "politics",
    ),
    (
        'Chad expels German ambassador for "impolite attitude"',
        "Chad gave Germany's ambassador 48 hours to leave the country on Friday, accusing her of "
        'an "impolite attitude" and of interfering in the transition, the communication minister '
        "said. The ambassador had publicly questioned the length of the military transition led "
        "by Mahamat Déby. Berlin responded the following week by expelling Chad's envoy. The "
        "German foreign ministry said it regretted a decision that it found incomprehensible.",
        "politics",
    ),
    (
        "Mali's junta ends the Algiers peace agreement with northern groups",
        'Mali\'s military authorities announced on Thursday the "immediate termination" of the '
        '2015 Algiers agreement with the armed groups of the north, accusing Algeria of "hostile '
        'acts" and interference. The junta said it would replace it with an inter-Malian dialogue '
        "for peace and reconciliation, without foreign mediation. The signatory movements said "
        'the decision "buries" the peace process, but that they remained committed to the people '
        "of Azawad.",
        "politics",
    ),
    (
        'Tshisekedi declares "war without mercy" on embezzlers of public funds',
        'President Félix Tshisekedi has declared a "war without mercy" on those who embezzle '
        "public funds, promising that ministers and governors would no longer be protected. In a "
        "speech to the nation, he said the battle against corruption would be led by a new "
        "inspectorate reporting directly to the presidency. Opposition leaders said the head of "
        "state was attacking his own camp to deflect criticism of the cost of living.",
        "politics",
    ),
    (
        "Togo's parliament adopts constitution moving to a parliamentary system",
        "Togo's parliament adopted a new constitution on Friday that moves the country to a "
        "parliamentary system, in which the president is elected by deputies and executive power "
        'passes to a "president of the council of ministers". Opponents said the reform would '
        "allow Faure Gnassingbé to stay in power without term limits, and the Catholic bishops "
        "called for a broad consultation. A planned opposition press conference in Lomé was "
        "banned.",
        "politics",
    ),
    (
        "Cameroon suspends two opposition coalitions ahead of presidential vote",
        "Cameroon's minister of territorial administration banned two opposition coalitions on "
        'Tuesday, saying they had no legal existence and were "clandestine movements". The '
        "decision comes six months before the presidential election in which Paul Biya, 92, is "
        "seeking an eighth term. Opposition lawyers said they would go to the administrative "
        "court. The president has been in power since 1982.",
        "politics",
    ),
    (
        "Ville morte in Kinshasa passes calmly as shops stay shut",
        'Kinshasa\'s main markets and most shops stayed closed on Monday during a "ville morte" '
        "called by opposition parties to protest against the electoral calendar, and traffic on "
        "the main boulevards was unusually light. Police patrolled the Victoire and Matonge "
        "districts but no incidents were reported, the provincial police commissioner said. The "
        'opposition said the operation had been "a total success".',
        "protest",
    ),
    (
        "Goma observes a day of ville morte against insecurity",
        "Shops, schools and markets in Goma stayed closed on Thursday for a day of ville morte "
        "called by civil society groups to denounce killings in the territories of Beni and "
        "Rutshuru. Motorcycle taxis were almost absent from the streets. The organisers said the "
        "day went off without incident and gave the provincial authorities a week to respond to "
        "their demands.",
        "protest",
    ),
    (
        'Cameroon teachers down chalk in "On Trouve Solution" strike',
        "Thousands of secondary school teachers in Cameroon have stopped teaching since Monday "
        'under the banner "On Trouve Solution" (OTS), demanding the payment of salary arrears '
        "and allowances, union leaders said. Classrooms in Yaoundé and Douala were largely "
        "empty, and some pupils gathered in school yards waiting for lessons. The minister of "
        "secondary education called on teachers to return to work and promised a payment "
        "schedule.",
        "protest",
    ),
    (
        "Chad's public hospital doctors go on strike over unpaid bonuses",
        "Doctors at public hospitals in N'Djamena and several provincial towns began an "
        "open-ended strike on Monday over unpaid bonuses and working conditions, their union "
        "said. Only emergency services are being provided. The health ministry said talks with "
        "the union would resume this week. At the Renaissance hospital in N'Djamena, patients "
        "waiting for consultations were sent home.",
        "protest",
    ),
    (
        "Thousands rally in Ouagadougou in support of Captain Traoré",
        "Thousands of people gathered at the Place de la Nation in Ouagadougou on Saturday in "
        "support of Captain Ibrahim Traoré, waving Burkinabè and Russian flags and chanting "
        "slogans against France and ECOWAS. Speakers called for the general mobilisation of young "
        "people behind the defence and security forces. The rally, organised by pro-junta "
        "associations, ended peacefully in the late afternoon.",
        "protest",
    ),
    (
        "Sit-in outside French base in Niamey demands departure of troops",
        "Several thousand demonstrators held a sit-in on Saturday near the air base in Niamey "
        "where French troops are stationed, demanding their departure from Niger. Protesters "
        'sang, prayed and waved placards reading "France, get out" as soldiers of the Nigerien '
        "army kept them away from the fence. The organisers, the M62 movement, said the sit-in "
        "would continue every day until the last French soldier had left.",
        "protest",
    ),
    (
        "Imam Dicko's supporters rally peacefully in Bamako",
        "Tens of thousands of supporters of the influential imam Mahmoud Dicko gathered in "
        "Bamako's Independence Square on Friday after prayers, calling for better governance and "
        "a return to security. The rally passed off without incident and dispersed at nightfall, "
        "police said. Speakers called for another gathering in two weeks.",
        "protest",
    ),
    (
        "Bangui's motorcycle taxi drivers strike over fuel price rise",
        "Motorcycle taxi drivers brought parts of Bangui to a standstill on Monday with a strike "
        "against the rise in fuel prices, parking their bikes across several roads near the PK5 "
        "roundabout. Residents walked long distances to work and market. The transport ministry "
        "said it would meet the drivers' unions on Wednesday; the police reported no incident.",
        "protest",
    ),
    (
        "LUCHA activists hold sit-in at Goma town hall, a few arrested",
        "About 30 activists of the citizen movement LUCHA held a sit-in outside Goma town hall on "
        "Tuesday to demand more action against the armed groups of North Kivu, holding placards "
        "and singing. Police arrested six of them, who were released in the evening without "
        "charge, the movement said. The mayor said the gathering had not been declared.",
        "protest",
    ),
    (
        "Anglophone lawyers boycott courts over use of French in Bamenda and Buea",
        "Lawyers in Cameroon's two English-speaking regions began a boycott of the courts on "
        "Tuesday to protest against the appointment of French-speaking magistrates who do not "
        "know common law, their associations said. Hearings in Bamenda and Buea were adjourned, "
        "and lawyers in black robes marched to the court buildings to deliver a petition. The "
        "justice ministry said their grievances would be examined.",
        "protest",
    ),
    (
        "Opposition supporters hold sit-in before Benin's Constitutional Court",
        "Supporters of Benin's main opposition party held a sit-in outside the Constitutional "
        "Court in Cotonou on Thursday after their candidates were excluded from the legislative "
        "elections. The protesters sang the national anthem and held up copies of the electoral "
        "code. The gathering ended without incident after two hours, and a delegation was "
        "received by the court's secretary general.",
        "protest",
    ),
]
