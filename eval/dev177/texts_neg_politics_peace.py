"""dev177 hard negatives (3 of 5): blasphemy and conversion laws, religious freedom reports, the
state against a church, religion and the draft, and interfaith dialogue, reconciliation and
church-backed peace talks (eval/README.md, section 1)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Senate passes bill toughening punishment for insulting companions of the Prophet",
        "ISLAMABAD: The Senate on Monday passed a bill that increases the "
        "punishment for insulting the wives, family members and companions of "
        "the Holy Prophet (PBUH) from three years to at least ten years in "
        "prison, extendable to life, and makes the offence non-bailable. The "
        "Criminal Laws (Amendment) Bill, 2023, moved by a Jamaat-i-Islami "
        "senator, was passed by the National Assembly earlier this month with "
        "only a dozen members present. Opposition from within the treasury "
        "benches was muted, but several senators said they had not been given "
        "time to read the bill. The Human Rights Commission of Pakistan warned "
        "that the amendment could be used to target the Shia community and "
        "other religious minorities, and that blasphemy accusations were "
        'already often used to settle personal disputes. "This will only add '
        'to the fear," an HRCP statement said. Shia organisations, including '
        "the Majlis Wahdat-e-Muslimeen, announced a countrywide protest and "
        "called on the President not to sign the bill. Under Section 295-C of "
        "the penal code, blasphemy against the Prophet carries a mandatory "
        "death sentence, though no one has yet been executed under it. The "
        "bill now goes to the President for assent.",
        "politics",
    ),
    (
        "Nicaraguan court sentences Bishop Álvarez to 26 years and strips him of citizenship",
        "A court in Nicaragua on Friday sentenced Bishop Rolando Álvarez of "
        "Matagalpa to 26 years and four months in prison for treason, "
        "undermining national integrity and spreading false news, a day after "
        "he refused to board a plane that took 222 political prisoners into "
        "exile in the United States. The court also stripped the 56-year-old "
        "bishop of his Nicaraguan nationality and his civil rights for life. "
        "Álvarez had been under house arrest since August, when police raided "
        "the diocesan curia in Matagalpa, where he had been confined for two "
        "weeks with several priests and lay people. The government of "
        "President Daniel Ortega and Vice President Rosario Murillo has "
        "accused the Catholic Church of backing the 2018 protests in which "
        "more than 300 people died. Pope Francis said after the Angelus on "
        "Sunday that the news had saddened him and that he was praying for the "
        'bishop and for the people of "that dear nation." The Holy See\'s '
        "ambassador was expelled from the country last year, and the "
        "Missionaries of Charity were forced to leave. Human rights groups say "
        "dozens of priests have been arrested or forced into exile since 2018. "
        "Álvarez's supporters say he was punished for his homilies criticising "
        "the government. The government has also closed Catholic universities, "
        "seized the Jesuit-run Central American University and frozen the bank "
        "accounts of several dioceses. Processions during Holy Week were "
        "banned for a second year, and parishes were told to hold the Stations "
        "of the Cross inside their churches. The Organization of American "
        "States called for the bishop's immediate release.",
        "politics",
    ),
    (
        "Karnataka Council passes anti-conversion Bill amid walkout by Congress",
        "The Karnataka Legislative Council on Thursday passed the Karnataka "
        "Protection of Right to Freedom of Religion Bill, 2021, commonly "
        "called the anti-conversion Bill, after the Congress members staged a "
        'walkout. The Bill, which prohibits conversion by "misrepresentation, '
        "force, undue influence, coercion, allurement or any fraudulent "
        'means," provides for imprisonment of three to five years and a fine '
        "of ₹25,000, with higher punishment for conversions involving minors, "
        "women and members of the Scheduled Castes and Scheduled Tribes. The "
        "Home Minister said the legislation was aimed only at forced "
        "conversions and did not restrict anyone's freedom to practise a "
        "religion. The Leader of the Opposition in the Council said the Bill "
        "was unconstitutional and targeted Christians. The Archbishop of "
        'Bangalore said the Christian community was "deeply hurt" and that the '
        "law would be misused by fringe groups to harass pastors and "
        "worshippers. Christian groups had recorded dozens of incidents in the "
        "State last year in which prayer meetings were disrupted by activists "
        "who accused pastors of conversion. Karnataka joins several BJP-ruled "
        "States, including Uttar Pradesh and Madhya Pradesh, that have enacted "
        "similar laws. The Bill will come into force once it receives the "
        "Governor's assent.",
        "politics",
    ),
    (
        "Denmark passes law banning Koran burnings after months of tensions with Muslim countries",
        "COPENHAGEN, Dec 7 (Reuters) - Denmark's parliament on Thursday passed "
        "a law banning the burning of the Koran in public places, after a "
        "series of public desecrations of Islam's holy book sparked protests "
        "in Muslim countries and raised security concerns. The law makes it "
        "illegal to improperly treat writings with significant religious "
        "importance for a recognised religious community, and is punishable by "
        "a fine or up to two years in prison. Lawmakers voted 94-77 in favour "
        "of the bill, which the government said was needed to protect national "
        "security after its intelligence service raised the terror threat "
        "level. Critics, including opposition parties on the right, said the "
        'law was a blow to freedom of expression. "History will judge us '
        'harshly for this," said the leader of one opposition party. The '
        "government introduced the legislation after a summer in which Koran "
        "burnings in Denmark and neighbouring Sweden drew condemnation from "
        "the Organisation of Islamic Cooperation and led to angry "
        "demonstrations outside Danish embassies. Sweden has said it is "
        "considering a similar measure, but has not yet introduced one. The "
        "law will come into force later this month.",
        "politics",
    ),
    (
        "USCIRF urges State Department to add Nigeria, India to religious freedom blacklist",
        "The US Commission on International Religious Freedom on Wednesday "
        "released its annual report, again recommending that the State "
        'Department designate India and Nigeria as "countries of particular '
        "concern,\" a label reserved for the world's worst violators of "
        "religious freedom. The independent, bipartisan commission said "
        "religious freedom conditions in India had continued to deteriorate, "
        "citing anti-conversion laws, demolitions of Muslim properties and the "
        "violence in Manipur, where hundreds of churches were destroyed last "
        "year. In Nigeria, the report pointed to killings of Christians and "
        "Muslims by armed groups in the north and the Middle Belt and to the "
        "country's blasphemy laws, under which a musician was sentenced to "
        "death in Kano. The commission also recommended that Afghanistan, "
        "Azerbaijan, Vietnam and Nicaragua be designated. The State Department "
        "is not bound by the commission's recommendations and has declined to "
        "list India and Nigeria in recent years. The commission's chair said "
        'Washington should "use the tools at its disposal" to press '
        "governments to change their policies. India's foreign ministry "
        "dismissed the report as biased. Nigeria's information minister said "
        "the government protects all faiths. For the first time, the "
        "commission also devoted a chapter to transnational repression, the "
        "targeting of religious communities abroad by governments such as "
        "China and Iran. It said Uyghur Muslims, Tibetan Buddhists and Falun "
        "Gong practitioners living in the United States had reported "
        "surveillance and threats against relatives at home. Religious freedom "
        "advocates welcomed the report but said designations meant little "
        "unless they were followed by sanctions.",
        "politics",
    ),
    (
        "High Court rules state must draft yeshiva students, cut funding to "
        "institutions that defy order",
        "The High Court of Justice unanimously ruled on Tuesday that the state "
        "must begin drafting ultra-Orthodox yeshiva students into the Israel "
        "Defense Forces, saying there was no longer any legal framework "
        "allowing the government to exempt them from military service. The "
        "panel of nine justices also ruled that the government may not "
        'transfer state funds to yeshivas whose students evade the draft. "In '
        "the midst of a difficult war, the burden of inequality is more acute "
        'than ever," the court wrote, in a reference to the fighting in Gaza '
        "that has seen tens of thousands of reservists called up. "
        "Ultra-Orthodox parties in Prime Minister Benjamin Netanyahu's "
        "coalition denounced the decision, and a United Torah Judaism lawmaker "
        'called it "very unfortunate and disappointing." Senior rabbis '
        "instructed students not to report to recruitment offices if they "
        "receive call-up orders. The exemption, which dates back to the "
        "founding of the state, has long been a source of resentment among "
        "secular Israelis, who make up the bulk of the army. Some 63,000 "
        "yeshiva students are currently eligible for service, according to the "
        "military. The ruling poses a major test for the coalition, which "
        "relies on the votes of the two Haredi parties.",
        "politics",
    ),
    (
        "Pope, Al-Azhar imam sign pledge of fraternity in Abu Dhabi, condemn "
        "violence in God's name",
        "ABU DHABI, United Arab Emirates (AP) — Pope Francis and the grand "
        "imam of Egypt's Al-Azhar, Sheikh Ahmed al-Tayeb, signed a joint "
        "declaration on Monday pledging to work together for peace and calling "
        "on world leaders to stop using religion to justify hatred, violence "
        'and war. The "Document on Human Fraternity for World Peace and Living '
        "Together\" was signed at an interfaith gathering at the Founder's "
        "Memorial in Abu Dhabi, on the first visit by a pope to the Arabian "
        'Peninsula. The document says that God "does not need to be defended '
        'by anyone" and does not want his name to be used to terrorize people. '
        "Francis also called for an end to the wars in Yemen, Syria, Iraq and "
        "Libya in a speech to the meeting, which brought together religious "
        "leaders from across the Middle East. The declaration urges the "
        "protection of places of worship and full citizenship rights for "
        "religious minorities. On Tuesday, the pope will celebrate Mass for an "
        "expected 135,000 people in a sports stadium, the largest public "
        'Christian gathering in the region. The UAE declared 2019 its "Year of '
        'Tolerance," though human rights groups noted its role in the '
        "Saudi-led coalition fighting in Yemen.",
        "peace",
    ),
    (
        "Pope Francis meets Grand Ayatollah al-Sistani in Najaf in historic interfaith encounter",
        "Pope Francis has met Iraq's top Shia Muslim cleric, Grand Ayatollah "
        "Ali al-Sistani, in the holy city of Najaf, in a historic encounter "
        "that both sides described as an appeal for peaceful coexistence. The "
        "50-minute meeting took place on Saturday morning in al-Sistani's "
        "modest home, down a narrow alley near the golden-domed shrine of Imam "
        "Ali. In a statement afterwards, al-Sistani's office said the cleric "
        "had affirmed that Christians should live like all Iraqis in security "
        "and peace and with their full constitutional rights. The pope thanked "
        "al-Sistani for having raised his voice in defence of the weakest and "
        "most persecuted during the violence of recent years, according to the "
        "Vatican. Later in the day, Francis travelled to the ancient city of "
        "Ur, believed to be the birthplace of Abraham, for an interreligious "
        "prayer with Muslim, Christian, Yazidi and Sabean Mandaean leaders. "
        "Iraq's Christian population has shrunk from about 1.5 million before "
        "the 2003 US-led invasion to a few hundred thousand, after years of "
        "sectarian war and persecution by ISIL (ISIS). The four-day trip, the "
        "first papal visit to Iraq, is being held under tight security and "
        "coronavirus restrictions. Iraq's prime minister declared 6 March a "
        "national day of tolerance and coexistence.",
        "peace",
    ),
    (
        "Pope, Archbishop and Moderator urge South Sudan's leaders to keep peace promises",
        "Pope Francis, the Archbishop of Canterbury and the Moderator of the "
        "General Assembly of the Church of Scotland ended an unprecedented "
        'joint "pilgrimage of peace" to South Sudan on Sunday with an appeal '
        "to the country's leaders to stop the violence and implement the 2018 "
        "peace agreement. Speaking at a Mass attended by some 100,000 people "
        "at the John Garang Mausoleum in Juba, the Pope urged South Sudanese "
        'to "lay down the weapons of hatred and revenge". On Saturday the '
        "three church leaders met people displaced by years of civil war at "
        "the Freedom Hall in the capital, where a 16-year-old girl described "
        "life in a camp where families have lived for almost a decade. The "
        'Archbishop said the churches would "walk alongside" South Sudan, '
        "recalling the 2019 retreat at the Vatican at which the Pope knelt to "
        "kiss the feet of President Salva Kiir and his rival, Riek Machar. The "
        "President announced during the visit that his government would resume "
        "peace talks with the holdout armed groups in Rome. On the flight "
        "home, Francis told journalists that the three leaders would continue "
        "to work together for the country. Church leaders in Juba said the "
        "real test would be whether the promised unified army is deployed "
        "before the elections planned for 2024. The visit had been planned for "
        "July 2022 but was postponed because of the Pope's knee problems. Many "
        "of those who came to the Mass had walked for days from the "
        'surrounding states, sleeping in churchyards on the way. "We came to '
        'see the man who knelt for our peace," said a catechist who travelled '
        "from Rumbek. The Sudan Council of Churches said it would hold a week "
        "of prayer in all dioceses to keep the message of the visit alive.",
        "peace",
    ),
    (
        "Plateau: Christian, Muslim leaders sign peace accord in Jos, set up "
        "joint early-warning committee",
        "Christian and Muslim leaders in Plateau State on Saturday signed a "
        "peace accord in Jos, pledging to work together to prevent a return of "
        "the violence that has claimed thousands of lives in the state over "
        "the past two decades. The accord, brokered by the Centre for "
        "Humanitarian Dialogue, was signed by representatives of the Christian "
        "Association of Nigeria, Jama'atu Nasril Islam, traditional rulers, "
        "youth groups and women's associations at the Government House. Under "
        "the agreement, the communities will set up a joint early-warning "
        "committee in each local government area to report tensions before "
        "they escalate, and religious leaders will meet monthly. The state "
        'governor described the accord as "a new page" for Plateau and urged '
        "residents to shun those who preach hate on social media. The chairman "
        "of the Jos chapter of Jama'atu Nasril Islam said Muslims who left the "
        "city centre after the crises of 2001 and 2008 wanted to return to "
        "their properties. A CAN official said the accord must be accompanied "
        "by justice for victims of past attacks in Barkin Ladi, Riyom and "
        "Bassa. The signing was followed by a football match between Christian "
        "and Muslim youths at the Rwang Pam Township Stadium.",
        "peace",
    ),
    (
        "Colombian bishops to serve as 'permanent companions' of new talks with ELN guerrillas",
        "The Colombian Bishops' Conference has agreed to act as a \"permanent "
        'companion" to the peace talks between the government of President '
        "Gustavo Petro and the National Liberation Army (ELN) guerrilla group, "
        "the parties announced in Caracas on Wednesday. The Church's role will "
        "be to help facilitate dialogue and to verify humanitarian "
        "commitments, including the release of hostages held by the "
        "guerrillas, the president of the conference said. The talks resumed "
        "this week after a pause of several months, with delegations agreeing "
        "to extend the bilateral ceasefire that has been in force since "
        "August. Venezuela, Cuba, Norway, Brazil, Chile and Mexico act as "
        'guarantor countries. "The Church has no interest other than peace and '
        'the dignity of every human being," the archbishop told journalists. '
        "Catholic bishops helped bring about the 2016 peace agreement with the "
        "Revolutionary Armed Forces of Colombia (FARC), and priests in rural "
        "areas often mediate between communities and armed groups. The ELN, "
        "formed in 1964 under the influence of radical priests, is the "
        "country's largest remaining guerrilla group. The next round of "
        "negotiations is expected in Mexico City in January.",
        "peace",
    ),
]
