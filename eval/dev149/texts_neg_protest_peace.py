"""dev149 hard negatives: peaceful protests (a sit-in, a march, a strike, a rally) and peace
(an agreement, an accord with a surrender of arms, a transitional justice law, a ceasefire
understanding)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Farmers to intensify stir, block Delhi-Jaipur highway; say sit-in at borders will go on",
        "Farmer leaders camping at Delhi's borders against the three farm laws on Saturday "
        "announced that they would intensify their agitation and block the Delhi-Jaipur highway"
        " on Sunday, a day after their talks with the Centre ended without a breakthrough. "
        "Thousands of farmers, most of them from Punjab and Haryana, have been sitting on the "
        "highways at Singhu, Tikri and Ghazipur for more than two weeks, cooking in community "
        'kitchens and sleeping in tractor-trolleys in the cold. "The government is trying to '
        'tire us out, but we have come prepared to stay for six months," said a leader of the '
        "Bharatiya Kisan Union, addressing the gathering at Singhu. The protest has been "
        "peaceful, and the leaders have repeatedly urged farmers not to give anyone an excuse "
        "to use force. The Delhi Police have put up multi-layer barricades and deployed "
        "additional personnel at the border points, and traffic has been diverted through "
        "alternative routes. Union Agriculture Minister Narendra Singh Tomar said the "
        "government was ready to amend the laws, but the farmers have insisted on a complete "
        "repeal. A delegation of the Samyukt Kisan Morcha also met the Opposition leaders, who "
        "have backed their demand. Toll plazas in Haryana were made free on Saturday as farmers"
        " sat on dharna at several of them. The farmers have also called for a boycott of "
        "products of some corporate houses that they say will benefit from the laws.",
        "protest",
    ),
    (
        "Aurat March held peacefully in Lahore after court allows rally; marchers demand equal "
        "pay, safety at work",
        "LAHORE: Thousands of women, men and transgender persons took part in the Aurat March "
        "from the Lahore Press Club to Egerton Road on Wednesday, International Women's Day, "
        "after the Lahore High Court directed the district administration to allow the rally, "
        "which had earlier been denied permission on security grounds. Carrying placards and "
        "banners, the participants demanded equal pay, safety at workplaces, an end to forced "
        "marriages and honour killings, and the right to inherit property. The marchers sang "
        "songs and chanted slogans, and some performed a play on domestic violence outside the "
        "press club. Police had set up containers and deployed a heavy contingent of personnel "
        "along the route, but the rally passed off peacefully. A counter-rally organised by a "
        "religious party, called the Haya March, was held in another part of the city. "
        "Organisers said the march had drawn its largest crowd in years, despite a social media"
        ' campaign against it. "We are not asking for anything extraordinary. We want to be '
        'able to walk on the streets without fear," said one of the organisers. Similar marches'
        " were held in Karachi, Islamabad, Hyderabad and Multan.",
        "protest",
    ),
    (
        "Teachers' protest enters third week, schools shut across country as talks stall",
        "Public school teachers continued their protest in Kathmandu for the 17th day on "
        "Wednesday, demanding that the government bring the long-delayed School Education Bill "
        "to Parliament with the amendments they have sought, as classes remained suspended in "
        "most community schools across the country. Thousands of teachers, who have come from "
        "all 77 districts, staged a sit-in at Maitighar and along New Baneshwar, raising "
        "slogans and singing songs, while others took part in a relay hunger strike. Police, "
        "who had cordoned off the area around Singha Durbar, allowed the protesters to gather "
        "at Maitighar after the district administration relaxed the prohibitory order. The "
        "Nepal Teachers' Federation said around 100,000 teachers had joined the movement. The "
        "federation rejected the government's offer of a committee to study their demands, "
        "saying they had heard such promises for years. Education Minister Bidya Bhattarai "
        "appealed to the teachers to return to classes, saying exams for grade 10 and 12 "
        "students were approaching. Parents' associations have expressed concern over the "
        "students' studies, and some private school operators have offered to let children from"
        " community schools attend their classes. The protest has been peaceful so far, with no"
        " arrests reported.",
        "protest",
    ),
    (
        "Thousands march through Male' demanding release of former president",
        "Thousands of opposition supporters marched through the streets of Male' on Friday "
        "night, demanding the release of former president Abdulla Yameen and calling on the "
        "government to protect the country's sovereignty, in one of the largest opposition "
        "rallies in recent years. The march, organised by the opposition coalition, began at "
        "the Artificial Beach and wound its way through Majeedhee Magu, the capital's main "
        "street, with supporters waving flags and carrying portraits of Yameen. Yameen, who is "
        "serving an 11-year sentence for money laundering and corruption, has been under house "
        "arrest for health reasons since last month. Police said the march was conducted "
        "peacefully and that no arrests were made. Opposition leaders addressing the crowd at "
        "the end of the march said the government had failed to protect the country's "
        "independence, and pledged to continue their campaign. The government has dismissed the"
        " opposition's claims, saying Yameen's case was decided by an independent court. The "
        "Maldives Police Service had set up barricades along the route and deployed additional "
        "officers near the President's Office.",
        "protest",
    ),
    (
        "US, Taliban sign deal in Doha; foreign troops to leave in 14 months",
        "The United States and the Taliban signed an agreement in Doha on Saturday that paves "
        "the way for the withdrawal of all US and NATO troops from Afghanistan within 14 "
        "months, and for the start of intra-Afghan negotiations. The deal was signed by US "
        "Special Representative Zalmay Khalilzad and the Taliban's political deputy, Mullah "
        "Abdul Ghani Baradar, in the presence of US Secretary of State Mike Pompeo and "
        "representatives of about 30 countries. Under the agreement, the US will reduce its "
        "forces to 8,600 within 135 days, and the Taliban have committed not to allow Afghan "
        "soil to be used by any group to threaten the security of the US and its allies. The "
        "agreement also provides for the release of up to 5,000 Taliban prisoners and up to "
        "1,000 Afghan security personnel held by the Taliban by March 10, when intra-Afghan "
        "talks are scheduled to begin. In Kabul, President Ashraf Ghani told a press conference"
        " that the government had not committed to the prisoner release and that it was a "
        'matter for the intra-Afghan talks. The signing followed a week-long "reduction in '
        'violence" agreed by the US, the Taliban and the Afghan government, which officials '
        "said had largely held. Many Afghans said they were cautiously hopeful but feared that "
        'the gains of the past two decades, particularly for women, could be lost. "We want '
        "peace, but not peace at any cost,\" a women's rights activist told TOLOnews. NATO "
        "Secretary General Jens Stoltenberg said the alliance would adjust its presence in line"
        " with the agreement.",
        "peace",
    ),
    (
        "Bodo accord signed; 1,615 NDFB cadres lay down arms in Guwahati",
        "As many as 1,615 cadres of all four factions of the National Democratic Front of "
        "Bodoland (NDFB) laid down their arms at a ceremony in Guwahati on Thursday, days after"
        " a tripartite peace accord was signed in New Delhi by the Centre, the Assam government"
        " and Bodo groups. The cadres deposited 178 weapons, including AK-series rifles and "
        "rocket launchers, as well as 4,800 rounds of ammunition and grenades, in the presence "
        "of Assam Chief Minister Sarbananda Sonowal, officials said. Under the accord, the "
        "Bodoland Territorial Council will be renamed the Bodoland Territorial Region and given"
        " more powers, and the Centre will provide a special development package of Rs 1,500 "
        "crore over three years. Cases against the cadres for non-heinous crimes will be "
        "withdrawn, while those involving heinous crimes will be reviewed case by case, the "
        'accord says. Union Home Minister Amit Shah described the agreement as "historic" and '
        "said it would end the five-decade-old Bodo problem. The All Bodo Students' Union, "
        "which was also a signatory, has said the accord addressed its core demands without the"
        " creation of a separate State. Some non-Bodo organisations in the region have "
        "expressed apprehension about their rights under the new arrangement.",
        "peace",
    ),
    (
        "Parliament passes transitional justice bill after years of delay; victims cautiously "
        "welcome move",
        "The Federal Parliament on Wednesday passed the long-awaited bill to amend the Enforced"
        " Disappearances Enquiry, Truth and Reconciliation Commission Act, paving the way for "
        "the conclusion of the transitional justice process that began after the end of the "
        "decade-long armed conflict in 2006. The bill, passed unanimously by the House of "
        "Representatives and later by the National Assembly, bars amnesty for serious human "
        "rights violations, including extrajudicial killing, enforced disappearance, torture "
        "and rape. It also provides for a special court to try such cases, and for reduced "
        "sentences for those who confess and cooperate. The Maoist party, the Nepali Congress "
        "and the CPN-UML had agreed on the final text after a task force of the three parties "
        "reached a deal in July. Conflict victims' groups welcomed the passage, but said the "
        "definition of rape and the provision on reduced sentences fell short of international "
        'standards. "We have waited 18 years. We want truth and justice, not only '
        "compensation,\" said the chair of the Conflict Victims' Common Platform. The two "
        "commissions have received more than 63,000 complaints of human rights violations from "
        "the conflict era, most of which have not been investigated. The UN human rights office"
        " said the law marked an important step but that its implementation would be the real "
        "test.",
        "peace",
    ),
    (
        "India, Pakistan DGMOs agree to strictly observe ceasefire along LoC",
        "ISLAMABAD: Pakistan and India agreed to strictly observe all agreements, "
        "understandings and ceasefire along the Line of Control and all other sectors from "
        "midnight on Wednesday, the two armies said in a rare joint statement on Thursday. The "
        "understanding was reached in a discussion between the directors general of military "
        "operations of the two countries over the established hotline mechanism, the statement "
        "said. Both sides agreed to address each other's core issues and concerns which have "
        "the propensity to disturb peace and lead to violence, it said. The two sides also "
        "reiterated that existing mechanisms of hotline contact and border flag meetings would "
        "be used to resolve any unforeseen situation or misunderstanding. The Foreign Office "
        "welcomed the statement and said it hoped the move would be a step towards a more "
        "conducive environment for dialogue. Residents of villages along the LoC in Azad "
        "Kashmir, who have lived with frequent exchanges of fire in recent years, greeted the "
        'announcement with relief. "We can work in our fields again without fear," a resident '
        "of the Neelum valley said. Analysts said it was too early to say whether the "
        "understanding would lead to a broader thaw in relations.",
        "peace",
    ),
]
