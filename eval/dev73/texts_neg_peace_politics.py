"""eval/dev73 negatives: peace deals, delimitation, prisoner swaps, mandates, accession, elections,
sanctions.
"""

NEGATIVES = [
    (
        "Armenian and Azerbaijani leaders initial peace deal in Washington",
        "The leaders of Armenia and Azerbaijan initialled a peace agreement at the White "
        "House on Friday, committing to establish diplomatic relations and to respect each "
        "other's borders. The deal also provides for a transit route across southern Armenia "
        "linking Azerbaijan to its Nakhchivan exclave. Both foreign ministers said the text "
        "still had to be signed and ratified, and Baku repeated its demand that Armenia "
        "change its constitution.",
        "peace",
    ),
    (
        "Border delimitation commissions agree first stretch of Armenia-Azerbaijan frontier",
        "Government commissions from Armenia and Azerbaijan agreed on Friday to the line of a"
        " 12-km stretch of their border in the northern Tavush and Gazakh districts, the "
        "first section to be delimited since the Soviet Union broke up. Geodesists will begin"
        " placing border markers next week. Four abandoned villages will be returned to "
        "Azerbaijan under the deal.",
        "peace",
    ),
    (
        "Armenia and Azerbaijan agree to swap prisoners in goodwill gesture",
        "Armenia and Azerbaijan said in a joint statement on Thursday that Baku would release"
        " 32 Armenian servicemen and Yerevan would free two Azerbaijani soldiers, in a step "
        "towards a peace treaty. The statement said the two countries had agreed to work on "
        "normalising relations. Armenia also said it would withdraw its candidacy to host a "
        "UN climate summit so that Azerbaijan could hold it.",
        "peace",
    ),
    (
        "Russian peacekeepers begin leaving Karabakh ahead of schedule",
        "Russian peacekeepers have begun withdrawing from Azerbaijan's Karabakh region, the "
        "Kremlin confirmed on Wednesday, more than a year before their mandate was due to "
        "expire. The contingent of about 2,000 troops was deployed under the ceasefire that "
        "ended the 2020 war. Azerbaijani state media showed convoys of armoured vehicles "
        "leaving observation posts.",
        "peace",
    ),
    (
        "Kosovo and Serbia accept EU plan to normalise relations after talks in Ohrid",
        "Kosovo's prime minister and Serbia's president agreed on Saturday on the steps "
        "needed to carry out an EU-backed plan to normalise relations, after 12 hours of "
        "talks in the North Macedonian lakeside town of Ohrid. The EU's foreign policy chief "
        "said Belgrade had committed not to block Kosovo's membership of international "
        "organisations. Neither leader signed the document.",
        "peace",
    ),
    (
        "Kyrgyzstan and Tajikistan sign treaty settling their border",
        "The presidents of Kyrgyzstan and Tajikistan signed a treaty on the state border in "
        "Bishkek on Thursday, ending more than three decades of disputes over a frontier "
        "where clashes killed dozens of people in 2021 and 2022. The agreement, reached after"
        " years of work by surveyors, also covers joint use of water and roads. Both "
        "parliaments are expected to ratify it quickly.",
        "peace",
    ),
    (
        "PKK says it will dissolve and end armed struggle against Turkey",
        "The Kurdistan Workers' Party (PKK) said on Monday it had decided to disband and end "
        "its armed campaign against the Turkish state, after a congress held in northern "
        "Iraq. The move follows a call in February by the group's jailed founder. The Turkish"
        ' government welcomed the decision as an important step towards "a terror-free '
        'Turkey" and said it would watch how the disarmament is carried out.',
        "peace",
    ),
    (
        "UN Security Council renews EU peacekeeping mission in Bosnia",
        "The UN Security Council voted unanimously on Thursday to renew for another year the "
        "mandate of the EU's EUFOR Althea peacekeeping force in Bosnia and Herzegovina. The "
        "force, of about 1,100 troops, took over from NATO in 2004. Russia had threatened to "
        "block the renewal, but abstained from criticism after a reference to the high "
        "representative was removed from the text.",
        "peace",
    ),
    (
        "Geneva talks on Georgia's breakaway regions end without progress",
        "The latest round of the Geneva International Discussions on the conflicts over "
        "Abkhazia and South Ossetia ended on Wednesday with no agreement on the non-use of "
        "force, the co-chairs said. Delegations from Georgia, Russia, the United States and "
        "the two breakaway regions discussed detentions along the boundary lines and freedom "
        "of movement. The next round is set for the spring.",
        "peace",
    ),
    (
        "Moldova and Transnistria negotiators agree on licence plates",
        "Negotiators for Moldova and the breakaway region of Transnistria agreed on Tuesday "
        "that cars registered in the region would be able to use neutral licence plates on "
        "international roads, the OSCE mission said. The agreement was reached in the 5+2 "
        "format, with mediators from the OSCE, Russia and Ukraine and observers from the EU "
        "and US.",
        "peace",
    ),
    (
        "EU opens accession talks with Moldova and Ukraine",
        "The European Union formally opened membership talks with Moldova and Ukraine at an "
        "intergovernmental conference in Luxembourg on Tuesday. Moldova's president called it"
        " a historic day for a country of 2.5 million people that borders the war in Ukraine."
        " The talks are expected to last years, and the EU said Chisinau would first have to "
        "reform its judiciary.",
        "politics",
    ),
    (
        "Georgia's ruling party wins election, opposition refuses to take seats",
        "Georgian Dream won 54% of the vote in Saturday's parliamentary election, the "
        "election commission said, and its leader said the result was a mandate for peace. "
        "The four main opposition alliances said the vote had been rigged and that they would"
        " not take up their seats. Observers from the OSCE reported pressure on voters and "
        "cases of ballot stuffing, but said voting had been calm in most places.",
        "politics",
    ),
    (
        "Republika Srpska assembly votes to ban state judiciary",
        "Lawmakers in Bosnia's Serb-run entity, Republika Srpska, voted on Thursday to bar "
        "the country's state court and prosecutors from working on its territory, a move the "
        "international high representative called an attack on the constitutional order. The "
        "United States said the vote undermined the Dayton peace agreement. The entity's "
        'leader said the "war of laws" would go on.',
        "politics",
    ),
    (
        "US sanctions Georgian Dream founder",
        "The United States imposed sanctions on Georgia's richest man and founder of the "
        "ruling Georgian Dream party on Friday, accusing him of undermining the country's "
        "democratic future for the benefit of Russia. The Treasury said his assets in the "
        'United States would be frozen. The party called the sanctions "blackmail" and said '
        "its policy towards Washington would not change.",
        "politics",
    ),
    (
        'Kremlin accuses Armenia of "unfriendly steps" after freezing CSTO membership',
        "Russia's foreign ministry said on Thursday that Armenia's decision to freeze its "
        "participation in the Russian-led Collective Security Treaty Organization was an "
        "unfriendly step. Armenia's prime minister said the alliance had failed to meet its "
        "obligations when Azerbaijani forces entered Armenian territory. Yerevan has not said"
        " it will formally leave the bloc.",
        "politics",
    ),
    (
        "Serbian prime minister resigns as student protests continue",
        "Serbia's prime minister announced his resignation on Tuesday, saying he wanted to "
        "avoid further escalation after weeks of protests led by students over the deadly "
        "collapse of a railway station canopy. The president said parliament would decide "
        "within 30 days whether to form a new government or call an election. Students said "
        "the resignation did not meet their demands.",
        "politics",
    ),
    (
        'Baku calls French arms deliveries to Armenia "a provocation"',
        "Azerbaijan's foreign ministry said on Monday that France's delivery of armoured "
        "vehicles and air defence radars to Armenia was a provocation that threatened the "
        'peace process in the South Caucasus. The ministry said Paris was "arming" Yerevan '
        "against Azerbaijan. France said the equipment was purely defensive and would help "
        "Armenia protect its sovereignty.",
        "politics",
    ),
    (
        "Kosovo introduces ban on Serbian dinar in the north",
        "Kosovo's central bank said on Thursday that the euro would become the only currency "
        "allowed for cash transactions from the start of next month, ending the use of the "
        "Serbian dinar in Serb-majority areas in the north. Serbia's Kosovo office said the "
        "decision would leave thousands of pensioners and public sector workers unable to get"
        " their payments. Western diplomats asked Pristina to delay the move.",
        "politics",
    ),
    (
        "Russian-backed forces move South Ossetia boundary fence deeper into Georgia",
        "Russian troops and South Ossetian officials moved a section of the boundary fence "
        "about 300 metres further into Georgian-controlled territory near the village of "
        "Khurvaleti, Georgia's foreign ministry said. It said the move, part of a policy it "
        'calls "creeping occupation", left part of a farmer\'s orchard on the other side. The '
        "EU monitoring mission said it had seen new signs on the line.",
        "politics",
    ),
    (
        "Belarus frees 52 prisoners after talks with US envoy",
        "Belarus released 52 prisoners, among them opposition activists and journalists, on "
        "Thursday after a visit to Minsk by a US envoy, and the United States eased sanctions"
        " on the national airline. The freed prisoners were driven to the Lithuanian border. "
        "Rights groups said more than 1,100 political prisoners remained in Belarusian jails.",
        "politics",
    ),
    (
        "Azerbaijan hosts UN climate summit in Baku",
        "Delegates from nearly 200 countries gathered in Baku on Monday for the COP29 climate"
        " summit, with finance for developing countries at the top of the agenda. "
        "Azerbaijan's president told the opening session that oil and gas were \"a gift of "
        "God\". Several Western leaders stayed away, and activists said the host's human "
        "rights record was overshadowing the talks.",
        "other",
    ),
]
