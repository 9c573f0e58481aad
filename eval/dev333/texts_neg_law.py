"""dev333 negatives: laws, censorship, surveillance, discrimination and the trials of critics,
without violence (kind politics)."""

NEGATIVES = [
    (
        "Uganda's Museveni signs anti-gay law with death penalty for 'aggravated homosexuality'",
        "Ugandan President Yoweri Museveni has signed into law one of the world's harshest "
        'measures against LGBTQ people, including the death penalty for "aggravated '
        "homosexuality\", parliament's speaker said on Monday. The law also imposes a 20-year "
        'sentence for "promoting" homosexuality, a provision rights groups say could '
        "criminalise advocacy, journalism and even renting a room to a gay couple. Sexual "
        'Minorities Uganda called it "a direct attack on our right to exist" and said its '
        "members were already being evicted by landlords. The World Bank said it was reviewing "
        "its lending to the country, and the United States warned of possible visa restrictions. "
        "Museveni has described the law as a defence of African values against Western pressure. "
        "Lawyers for a coalition of activists said they had filed a petition at the "
        'Constitutional Court. The UN human rights chief said the law was "almost certainly" in '
        "breach of Uganda's constitution and treaties it has ratified. Some doctors have said "
        "that gay patients are afraid to seek HIV treatment. A previous version of the law was "
        "struck down on a technicality in 2014. Polls suggest the measure is popular in Uganda, "
        "where religious leaders campaigned for it. Activists said they expected a rise in "
        "blackmail and arrests in the coming months.",
        "politics",
    ),
    (
        "Hungary bans Pride and allows facial recognition to identify attendees",
        "Hungary's parliament on Tuesday passed a law banning Pride events and allowing police to "
        "use facial recognition software to identify people who attend them, in what opposition "
        "lawmakers called an assault on freedom of assembly. The amendment, rushed through in a "
        "day with the votes of Prime Minister Viktor Orban's Fidesz party, makes organising or "
        'attending an event that "promotes" homosexuality to minors an offence punishable by '
        "fines of up to 200,000 forints. Opposition members set off smoke flares in the chamber "
        "during the vote. The Hungarian Civil Liberties Union said the law was part of a wider "
        "campaign against independent voices before next year's election. Organisers of Budapest "
        "Pride said the march would go ahead in June regardless. Several European ambassadors "
        "issued a joint statement expressing concern. The government argues that the measure "
        "protects children. The amendment passed by 136 votes to 27. Budapest's mayor said the "
        "city could organise the march itself as a municipal event, which he argued would need no "
        "police permission. Pride has been held in the capital since 1995.",
        "politics",
    ),
    (
        "Kyrgyzstan adopts 'foreign representatives' law modelled on Russia's",
        "Kyrgyzstan's president has signed a law requiring non-governmental organisations that "
        'receive money from abroad and engage in loosely defined "political activities" to '
        "register as foreign representatives, a move that rights groups say will gut the "
        "country's once lively civil society. Groups that fail to register can be suspended for "
        "up to six months and then shut down by a court. Human Rights Watch said the law was "
        "almost a copy of Russia's foreign agents legislation and would stigmatise organisations "
        "working on torture, women's rights and legal aid. Several groups have already said they "
        "will close rather than accept the label. President Sadyr Japarov says the measure is "
        "about transparency and that honest organisations have nothing to fear. The law follows "
        "the arrest of journalists from an investigative outlet accused of calling for mass "
        "unrest, which their colleagues reject. The European Union's special representative said "
        "the law was a setback for a country once seen as an island of democracy in Central Asia. "
        "The country's best-known investigative outlet, Kloop, was ordered closed by a court this "
        "year. Bishkek-based lawyers say several groups have begun moving their registration to "
        "Kazakhstan. The law was passed by 61 votes to none in the Jogorku Kenesh, the "
        "single-chamber parliament.",
        "politics",
    ),
    (
        "Amnesty: Serbian police planted spyware on activists' phones during interviews",
        "Serbian police and intelligence officers secretly installed spyware on the phones of "
        "journalists and activists while they were being questioned, Amnesty International said "
        "in a report published on Monday. The group's Security Lab found a previously unknown "
        "tool, which it named NoviSpy, on devices that had been taken from their owners during "
        "interviews at police stations. In several cases, investigators used forensic tools sold "
        "by the Israeli company Cellebrite to unlock the phones first. An environmental "
        "campaigner from the town of Ljig said he had handed over his phone, with the code, after "
        "being told it was routine. Amnesty said the targeting of civil society was part of a "
        "wider pattern of digital repression. Cellebrite said it was investigating whether its "
        "products had been misused and would take action if so. The Interior Ministry denied the "
        'allegations, calling the report "absurd". Amnesty said two journalists from the '
        "investigative network BIRN had also received text messages containing links associated "
        "with Pegasus spyware. Serbia is a candidate for membership of the European Union, and "
        "the bloc's enlargement commissioner said she would raise the findings with Belgrade. "
        "Norway, which paid for some of the forensic equipment through a development project, "
        "said it was seeking clarification.",
        "politics",
    ),
    (
        "Hong Kong court convicts Jimmy Lai of collusion and sedition",
        "A Hong Kong court on Monday found media tycoon Jimmy Lai guilty of conspiring to collude "
        "with foreign forces and of publishing seditious material, in the city's most closely "
        "watched national security trial. The three judges, handpicked by the government, said "
        "Lai had used his now-closed Apple Daily newspaper to lobby foreign governments to impose "
        "sanctions on Hong Kong and China. Lai, 78, who has been in custody for five years, faces "
        "a possible life sentence. Press freedom groups called the verdict a death sentence for "
        "independent journalism in the city. His son Sebastien Lai said his father's health had "
        "deteriorated badly in solitary confinement. Britain's foreign secretary summoned the "
        "Chinese ambassador. Beijing's liaison office said the ruling showed that no one was "
        "above the law and warned foreign governments not to interfere. Lai's lawyers had argued "
        "that his newspaper was exercising press freedom and that most of the articles cited by "
        "prosecutors were published before the national security law took effect. Six former "
        "Apple Daily executives pleaded guilty earlier and testified against him. About 30 people "
        "queued overnight outside the West Kowloon court for a seat in the public gallery. "
        "Mitigation hearings will begin next month. The United States has called for Lai's "
        "release on humanitarian grounds, and President Donald Trump said he had raised the case "
        "with Xi Jinping.",
        "politics",
    ),
    (
        "Tunisian lawyer Sonia Dahmani jailed for a year under decree on 'false news'",
        "A Tunisian court sentenced lawyer and television commentator Sonia Dahmani to a year in "
        "prison on Monday over remarks she made about the country's treatment of migrants, the "
        "latest prosecution under a 2022 decree on spreading false information. Dahmani was "
        "arrested in May when police entered the Tunis bar association's headquarters during a "
        "live broadcast. Her lawyers said she had only made a sarcastic comment on air and that "
        "the decree, known as Decree 54, was being used to silence critics of President Kais "
        "Saied. The National Union of Tunisian Journalists said more than 60 journalists, lawyers "
        "and opposition figures had been prosecuted under the decree since it was issued. Lawyers "
        "held a strike on Tuesday to protest against what they called an attack on their "
        "profession. Saied denies restricting freedoms and says nobody is prosecuted for their "
        "opinions. Dahmani has been held in the Manouba women's prison since her arrest and faces "
        "four other cases under the decree. Her sister said she had been denied family visits for "
        "weeks. The European Union, Tunisia's largest trading partner, said it was following the "
        "case closely.",
        "politics",
    ),
    (
        "Taliban bar women from nursing and midwifery courses",
        "The Taliban have ordered medical institutes in Afghanistan to stop admitting women to "
        "nursing and midwifery courses, closing one of the last routes to higher education still "
        "open to them, according to staff at several institutes. Directors were told at a meeting "
        "with health ministry officials in Kabul that the order came from the supreme leader, "
        "Hibatullah Akhundzada. About 17,000 women were enrolled in the two-year courses, "
        "according to figures seen by the BBC. The UN's mission in Afghanistan said the ban would "
        "have a devastating effect on maternal health in a country with one of the world's "
        "highest rates of women dying in childbirth. Cricketer Rashid Khan called on the "
        "authorities to reconsider. Human rights groups have described the Taliban's restrictions "
        "on women as a war on half the population. A Taliban spokesman did not respond to "
        "requests for comment. Midwives trained in the institutes have been the backbone of "
        "maternal care in rural areas, where male doctors are often not allowed to examine women. "
        "Afghanistan already needs about 18,000 more midwives, according to the UN Population "
        "Fund. Girls have been barred from secondary school since 2021 and women from "
        "universities since 2022. Some students said they were told to stay at home while their "
        "final exams were pending.",
        "politics",
    ),
    (
        "Iran's new hijab law threatens women with heavy fines and travel bans, rights groups warn",
        'Iran\'s parliament has approved a law on "hijab and chastity" that sets fines of up to '
        "20 months' average salary for women who repeatedly appear in public without a headscarf, "
        "and can bar them from leaving the country, rights groups said on Thursday. The law also "
        "requires businesses to report uncovered customers and orders the use of surveillance "
        "cameras and artificial intelligence to identify offenders. Amnesty International said "
        "the law sought to entrench a system of control that had already led to the confiscation "
        "of thousands of cars. President Masoud Pezeshkian has said he has concerns about how the "
        "law would be enforced and has not yet signed it. Many women in Tehran have continued to "
        "go bareheaded in shops and cafes. Hardline clerics have accused the government of "
        "backing down in a cultural battle over the veil. Under the law, repeat offenders can "
        "also be barred from online activities and from public sector jobs. Rights groups said "
        "the cameras had already been installed at traffic junctions and in metro stations in "
        "Tehran. The measure comes two years after the nationwide protests that followed the "
        "death of Mahsa Amini in police custody.",
        "politics",
    ),
    (
        "Russia's Supreme Court labels 'international LGBT movement' extremist",
        'Russia\'s Supreme Court on Thursday designated the "international LGBT movement" an '
        "extremist organisation, a ruling that rights groups say exposes anyone who campaigns for "
        "gay or transgender rights to prosecution. The hearing, requested by the Justice "
        "Ministry, lasted about four hours and was closed to the public. No such movement exists "
        "as an organisation, and lawyers said it was unclear how the ruling would be applied in "
        "practice. Human Rights Watch said the decision was the latest step in a campaign that "
        'began with a 2013 law banning "gay propaganda" among minors. Several gay bars in '
        "Moscow announced they would close. The Kremlin says it is defending traditional values "
        "against what it calls a Western moral assault. Under Russian law, participating in or "
        "financing an extremist group can be punished with up to 12 years in prison.",
        "politics",
    ),
    (
        "Azerbaijan jails six Abzas Media journalists in smuggling case",
        "A court in Baku sentenced six journalists from the independent investigative outlet "
        "Abzas Media to between seven and a half and nine years in prison on Friday on currency "
        "smuggling charges that press freedom groups call fabricated. The journalists were "
        "arrested in late 2023 after Abzas Media published investigations into the business "
        "interests of officials close to President Ilham Aliyev. Police said they had found "
        "40,000 euros at the outlet's office. Reporters Without Borders said Azerbaijan now held "
        "more than 25 journalists behind bars, making it one of the biggest jailers of the press "
        'in Europe. Defendants shouted "Freedom for the press" as the verdict was read. The '
        "European Parliament has called for their release. The government says the case has "
        "nothing to do with journalism. The arrests began in the run-up to the COP29 climate "
        "summit that Baku hosted. Among those sentenced was the outlet's director, Ulvi Hasanli, "
        "who said in his final statement that the trial was revenge for its reporting. Relatives "
        "were not allowed into the courtroom.",
        "politics",
    ),
    (
        "UK police to expand live facial recognition vans to seven forces",
        "Police in England will deploy ten vans equipped with live facial recognition cameras "
        "across seven forces, the Home Office announced on Wednesday, drawing criticism from "
        "civil liberties groups who say the technology is being rolled out without any law to "
        "govern it. The vans scan the faces of passers-by and compare them with watchlists of "
        "wanted people, alerting officers when there is a match. Big Brother Watch said the move "
        'turned the public into "walking ID cards" and that the system had misidentified people '
        "in London. The Metropolitan Police says its cameras led to more than 1,000 arrests last "
        "year, including of suspects wanted for rape and violent offences. The policing minister "
        "said the government would consult on a legal framework later this year. Liberty said it "
        "was considering a new legal challenge.",
        "politics",
    ),
    (
        "Duterte flown to The Hague after ICC arrest over drug war killings",
        "Former Philippine president Rodrigo Duterte was arrested in Manila on Tuesday on a "
        "warrant from the International Criminal Court and flown to the Netherlands to face "
        'charges of crimes against humanity over his "war on drugs". Police in the Philippines '
        "say more than 6,000 suspects were killed in anti-drug operations during his presidency, "
        "while rights groups estimate the number may be as high as 30,000. Duterte, 79, was "
        "detained at the airport after returning from Hong Kong and questioned the legal basis "
        "for his arrest in a video posted by his daughter. Relatives of victims gathered outside "
        'a church in Quezon City to light candles. "We waited years for this day," said a '
        "mother whose son was shot in 2016. President Ferdinand Marcos Jr said the government had "
        "fulfilled its commitments to Interpol. Duterte's supporters have called the arrest a "
        "betrayal. The ICC prosecutor's office opened its investigation in 2021, covering "
        "killings from 2011, when Duterte was mayor of Davao City. The Philippines withdrew from "
        "the court in 2019, but judges ruled that it kept jurisdiction over crimes committed "
        "while the country was a member.",
        "politics",
    ),
]
