"""dev380 negatives: the courts' politics, peace deals, lawyers' peaceful protests, culture, sport and other news."""

NEGATIVES = [
    (
        "ICJ narrows Ukraine's genocide case against Russia to a single question",
        "The International Court of Justice ruled on Friday that it can hear only a small part of the genocide case Ukraine brought against Russia days after the 2022 invasion. "
        "Ukraine had asked the court to declare that Russia falsely accused it of genocide in the Donbas to justify its attack, and that the invasion itself breached the Genocide Convention. "
        "The judges accepted Russia's objection that the use of force falls outside the convention, by 12 votes to 4. "
        "They will go on to consider only Ukraine's claim that it has not committed genocide, a point Russia says was never in dispute. "
        "Russia's representative called the ruling a victory for common sense, while Ukraine's foreign ministry said it was “disappointed but not defeated”. "
        "Thirty-two countries joined the case in support of Ukraine, an unusually high number. "
        "The next phase of written pleadings could take more than a year.",
        "politics",
    ),
    (
        "Gambia and Myanmar face off at World Court as Rohingya genocide hearings open",
        "Lawyers for The Gambia told the International Court of Justice on Monday that Myanmar's treatment of the Rohingya amounted to genocide, as hearings on the merits of the case opened in The Hague more than six years after it was filed. "
        "The Gambian justice minister said the case was brought on behalf of the Organisation of Islamic Cooperation and “of humanity as a whole”. "
        "Myanmar's team, now representing the military government, argued that its 2017 operations in Rakhine State were a response to attacks by insurgents and that there was no intent to destroy a group. "
        "Eleven countries, including Canada, the United Kingdom and the Maldives, have intervened in support of The Gambia. "
        "The hearings are scheduled to last three weeks, with witnesses heard behind closed doors. "
        "A ruling is not expected before next year. "
        "Rohingya community leaders followed the proceedings from the camps in Cox's Bazar on a large screen. "
        "In 2020 the court ordered Myanmar to take measures to protect the Rohingya who remain in the country, and to preserve evidence. "
        "Legal scholars say proving genocidal intent is the hardest hurdle, and that the court has found a state responsible for genocide only once, over Srebrenica.",
        "politics",
    ),
    (
        "Washington sanctions four ICC judges in escalating battle with the court",
        "The United States on Thursday imposed sanctions on four judges of the International Criminal Court, freezing any assets they hold in the US and barring them from entering the country. "
        "Secretary of State Marco Rubio said the judges had engaged in “illegitimate and baseless actions” targeting the United States and Israel, citing cases involving Afghanistan and the arrest warrant for Prime Minister Benjamin Netanyahu. "
        "The court said it deplored the move and called it a clear attempt to undermine the independence of a judicial institution. "
        "The sanctions follow an executive order in February that targeted the prosecutor, Karim Khan. "
        "Judges and staff say the measures have made it difficult to use bank cards, email services and software made by US companies. "
        "The European Union said it would look at ways to shield the court, though some member states oppose using the blocking statute. "
        "The United States is not a member of the court. "
        "Two of the judges sanctioned sat on the panel that authorised the Afghanistan investigation, and two on the chamber that issued the warrants. "
        "Diplomats from the court's 125 member states met in The Hague on Friday to discuss support for its staff. "
        "Some lawyers who work with the court have stopped taking cases out of fear of exposure to US penalties, according to the court's bar association. "
        "A group of 60 countries issued a statement of “unwavering support” for the court. "
        "The Trump administration has said further designations are possible.",
        "politics",
    ),
    (
        "Hungary's parliament votes to leave the International Criminal Court",
        "Hungary's parliament voted on Tuesday to withdraw from the International Criminal Court, making it the first member of the European Union to leave. "
        "The bill passed by 134 votes to 37, with the opposition voting against. "
        "Prime Minister Viktor Orbán announced the decision in April during a visit by Benjamin Netanyahu, who is the subject of an ICC arrest warrant and was not arrested. "
        "Government officials said the court had become a “political tool” and had lost its impartiality. "
        "The withdrawal takes effect a year after the UN Secretary-General is formally notified. "
        "Rights groups said the move sent a dangerous signal at a time when the court was under pressure from Washington. "
        "Hungary had ratified the Rome Statute in 2001, during Orbán's first government.",
        "politics",
    ),
    (
        "Mali, Burkina Faso and Niger say they will quit the ICC",
        "The military governments of Mali, Burkina Faso and Niger said on Monday that they would withdraw from the International Criminal Court, calling it an instrument of “neo-colonial repression”. "
        "In a joint statement read on state television, the three countries of the Alliance of Sahel States said they would set up their own court to try international crimes, including terrorism. "
        "The court has had an investigation open in Mali since 2013, which led to two convictions. "
        "The three countries left the Economic Community of West African States earlier this year and have cut military ties with France. "
        "Legal experts said that leaving the court does not end its jurisdiction over crimes committed while a state was a member. "
        "A spokesman for the court said it regretted the decision. "
        "Burundi and the Philippines are the only countries to have left before.",
        "politics",
    ),
    (
        "World Court tells Venezuela not to hold election in disputed Essequibo",
        "The International Court of Justice on Thursday ordered Venezuela not to hold elections in the Essequibo, a vast region administered by Guyana that Caracas claims as its own. "
        "Venezuela had announced it would choose a governor and lawmakers for what it calls the state of Guayana Esequiba in national elections later this month. "
        "The court ruled unanimously that Venezuela must refrain from any action that changes the situation in the territory while the case is pending. "
        "Guyana's president Irfaan Ali welcomed the order and said his country's borders were settled by an arbitral award in 1899. "
        "Venezuela, which does not recognise the court's jurisdiction in the case, said it would go ahead with the vote. "
        "The dispute over the oil-rich region has deepened since ExxonMobil made large offshore discoveries. "
        "Hearings on the merits of the case are expected later this year.",
        "politics",
    ),
    (
        "Armenia and Azerbaijan agree to drop cases against each other at The Hague",
        "Armenia and Azerbaijan have agreed to withdraw the lawsuits they filed against each other at international courts and arbitration bodies, as part of a peace agreement initialled at the White House. "
        "The two countries had accused each other of racial discrimination at the International Court of Justice and brought several claims under the Bern Convention and the Energy Charter Treaty. "
        "Under the agreement, both sides will withdraw the cases within a month of the treaty being signed. "
        "Lawyers involved said it was unusual for interstate cases at the ICJ to be dropped after years of written pleadings. "
        "The treaty also provides for the mutual recognition of borders and the opening of transport routes. "
        "Azerbaijan has said Armenia must first change its constitution to remove a reference to the Karabakh region. "
        "The foreign ministers are expected to sign the final text later this year.",
        "peace",
    ),
    (
        "Colombia's truth commission hands over final report on armed conflict",
        "Colombia's truth commission presented its final report on Tuesday, concluding that at least 450,000 people were killed in the country's armed conflict between 1985 and 2018. "
        "The commission, created under the 2016 peace agreement with the FARC, said state security forces, paramilitary groups and guerrillas all bore responsibility for grave abuses. "
        "It recommended reforms of the police and an end to the “enemy within” doctrine in military training. "
        "The report, delivered at a ceremony in Bogotá, was based on more than 14,000 interviews. "
        "“This is not a final word, it is an invitation,” said the commission's chair, the Jesuit priest Francisco de Roux. "
        "President-elect Gustavo Petro said his government would follow the recommendations. "
        "The commission's findings have no legal effect, but will be shared with the Special Jurisdiction for Peace.",
        "peace",
    ),
    (
        "ECOWAS and Gambia sign deal for special tribunal on Jammeh-era crimes",
        "The Gambia and the Economic Community of West African States on Sunday approved the statute of a special tribunal to try crimes committed under former president Yahya Jammeh. "
        "The court, to sit in Banjul with international and Gambian judges, is to prosecute killings, torture and enforced disappearances between 1994 and 2017. "
        "A truth commission recommended in 2021 that Jammeh and about 70 others be prosecuted. "
        "Jammeh has lived in exile in Equatorial Guinea since losing an election in 2016 and says he will return. "
        "Victims' groups said the deal was a milestone after years of campaigning. "
        "The tribunal still needs funding, which officials estimate at tens of millions of dollars. "
        "A Swiss court last year convicted Jammeh's former interior minister of crimes against humanity.",
        "peace",
    ),
    (
        "Ethiopia adopts transitional justice policy promised in Pretoria accord",
        "Ethiopia's cabinet on Thursday adopted a transitional justice policy that provides for a special court, a truth commission and reparations for victims of the country's recent wars. "
        "The policy was one of the commitments of the November 2022 peace agreement between the federal government and Tigrayan forces. "
        "It allows for amnesty for some crimes but not for genocide, war crimes or crimes against humanity, the justice ministry said. "
        "Rights groups welcomed the commitment to prosecutions but questioned whether a domestic process could be independent. "
        "The UN's commission of experts on Ethiopia was disbanded in 2023 after its mandate was not renewed. "
        "Tigray's interim administration said it had not been fully consulted. "
        "Parliament must pass legislation to set up the institutions.",
        "peace",
    ),
    (
        "Pakistani lawyers march on parliament against court-packing amendment",
        "Thousands of lawyers marched through Islamabad on Monday to protest against a constitutional amendment that gives parliament a say in the appointment of the country's chief justice. "
        "Dressed in black coats, they walked from the Islamabad High Court to Constitution Avenue chanting slogans for an independent judiciary. "
        "Bar associations in Lahore, Karachi and Peshawar observed a strike, and courts in several districts heard no cases. "
        "The 26th amendment was passed last month after an all-night session in which the government secured a two-thirds majority. "
        "“This is a battle for the soul of the constitution,” the president of the Supreme Court Bar Association told the crowd. "
        "Police kept watch but did not intervene, and the march dispersed peacefully in the evening. "
        "The government says the change ends judicial overreach. "
        "A special parliamentary committee has since chosen a new chief justice, passing over the most senior judge. "
        "Bar leaders said they would hold a convention next month to decide on further action, including a sit-in.",
        "protest",
    ),
    (
        "Thousands of judges in gowns march through Warsaw against disciplinary law",
        "Thousands of judges and lawyers from across Europe marched silently through Warsaw on Saturday to protest against a Polish law that allows judges to be punished for questioning the government's judicial reforms. "
        "Wearing their robes, judges from more than 20 countries walked from the Supreme Court to the parliament building in what organisers called the March of a Thousand Gowns. "
        "Thousands of citizens lined the route and applauded. "
        "The law, passed by the ruling Law and Justice party last month, allows judges to be fined, demoted or dismissed for political activity. "
        "The European Commission has said it could breach EU law and is weighing a new case at the European Court of Justice. "
        "Government officials say the changes are needed to root out corruption and communist-era holdovers. "
        "The march passed without incident.",
        "protest",
    ),
    (
        "Tunisian lawyers strike nationwide over colleagues' arrests",
        "Lawyers across Tunisia stopped work on Thursday in protest against the arrest of two colleagues, one of them a well-known lawyer and commentator detained over remarks she made on television. "
        "Courts in Tunis, Sfax and Sousse were largely idle, and hundreds of lawyers gathered outside the Palace of Justice in the capital holding copies of the constitution. "
        "The bar association called the arrests an assault on the profession and said it would extend the strike if they were not released. "
        "Both were arrested under a decree on “false news” that critics say is used to silence opponents of President Kais Saied. "
        "The interior ministry said the arrests followed a court order. "
        "The protest ended peacefully after the bar's president addressed the crowd. "
        "The United States and France expressed concern over the arrests.",
        "protest",
    ),
    (
        "Mexico's court workers walk out over plan to elect judges by popular vote",
        "Thousands of federal court employees and judges in Mexico went on indefinite strike on Monday against the government's plan to have all judges elected by popular vote. "
        "Courthouses from Tijuana to Mérida were closed, with only urgent hearings going ahead. "
        "Workers in Mexico City formed a human chain around the Supreme Court building, carrying signs reading “Without judicial independence there is no democracy”. "
        "President Andrés Manuel López Obrador says the reform will end corruption in a judiciary that he accuses of serving the powerful. "
        "The peso fell on concerns that the changes could affect investment, and the US ambassador said the plan threatened trade relations. "
        "Congress is expected to vote on the reform next month. "
        "The union said the strike would continue until the bill was withdrawn.",
        "protest",
    ),
    (
        "'Nuremberg' brings Göring's trial to the screen with Russell Crowe",
        "Nuremberg, a new courtroom drama starring Russell Crowe as Hermann Göring and Rami Malek as the US Army psychiatrist assigned to assess him, opens in cinemas this week. "
        "Directed by James Vanderbilt, the film is based on a 2013 book about the psychiatrist Douglas Kelley's sessions with the Nazi leaders awaiting trial. "
        "Crowe plays Göring as charming and manipulative, sparring with Malek in long scenes set in the prison cells beneath the Palace of Justice. "
        "Michael Shannon appears as Robert Jackson, the US Supreme Court justice who led the prosecution. "
        "The trial, which began in November 1945, is often described as the birth of international criminal law. "
        "Critics at the Toronto film festival praised the performances but said the film's second half drags. "
        "The production reconstructed Courtroom 600 on a soundstage in Budapest.",
        "entertainment",
    ),
    (
        "Philippe Sands turns to Pinochet's secrets in new book",
        "The lawyer and writer Philippe Sands returns to the story of General Augusto Pinochet's arrest in London in his new book, which mixes memoir, legal history and detective work. "
        "Sands, who acted in the 1998 extradition case, follows the Nazi officer Walther Rauff, who fled to Chile and is suspected of advising Pinochet's secret police. "
        "The book moves between the House of Lords, Patagonian sheep farms and archives in Santiago. "
        "“I wanted to know what connects the man who designed mobile gas vans and the dictator who made people disappear,” Sands said at a launch in London. "
        "Reviewers have compared it with his earlier East West Street, on the origins of the terms genocide and crimes against humanity. "
        "Sands also appears as counsel in several cases at the International Court of Justice. "
        "The book is published in English and Spanish simultaneously.",
        "entertainment",
    ),
    (
        "Courtroom thriller by former Hague prosecutor tops Dutch bestseller list",
        "A thriller written by a former prosecutor at the International Criminal Court has become the best-selling novel in the Netherlands this month. "
        "The book follows an investigator who discovers that a key witness in a war-crimes trial in The Hague has been coached by her own side. "
        "Its author spent eight years working on cases from Uganda and Côte d'Ivoire before leaving the court in 2021. "
        "“The real battles in The Hague are fought in filing rooms and interpreters' booths,” she said in a newspaper interview. "
        "Critics praised the detailed picture of the court's procedures, including a long chapter on the disclosure of evidence. "
        "A television adaptation has been commissioned by a Dutch broadcaster. "
        "An English translation is due in the spring.",
        "entertainment",
    ),
    (
        "UN elects five judges to International Court of Justice after run-off rounds",
        "The UN General Assembly and Security Council on Thursday elected five judges to the International Court of Justice, filling seats that fall vacant in February. "
        "Candidates from Brazil, Slovakia, Romania, Egypt and Mexico won absolute majorities in both bodies after several rounds of voting in New York. "
        "Russia's candidate, a sitting judge, failed to win re-election, leaving the country without a judge on the court for the first time since it was founded. "
        "Diplomats said the result reflected Moscow's isolation at the UN. "
        "Judges serve nine-year terms, and a third of the 15-member bench is elected every three years. "
        "The court's docket has grown to more than 20 cases, a record. "
        "The new judges will take their oaths at the Peace Palace in The Hague.",
        "other",
    ),
    (
        "European rights court rules Switzerland failed to protect older women from climate change",
        "The European Court of Human Rights ruled on Tuesday that Switzerland violated the rights of a group of older women by failing to do enough to fight climate change, the first such ruling by an international court. "
        "The Grand Chamber found by 16 votes to 1 that the right to private and family life includes protection from the serious effects of climate change on health and quality of life. "
        "The case was brought by KlimaSeniorinnen, an association of more than 2,000 Swiss women with an average age of 73, who said heatwaves put their health at risk. "
        "The court rejected two other climate cases, brought by a former French mayor and by six Portuguese young people, on procedural grounds. "
        "“We won,” one of the plaintiffs told reporters outside the court in Strasbourg. "
        "Switzerland's government said it would study the ruling. "
        "Lawyers said it would be cited in climate lawsuits across the continent.",
        "other",
    ),
    (
        "ICC says it was hit by 'sophisticated' cyber attack on its systems",
        "The International Criminal Court said on Friday that it had detected a sophisticated and targeted cyber attack on its systems, the second such incident in two years. "
        "The court said the breach had been contained and that it was assessing whether any data had been taken. "
        "It did not say who it believed was behind the attack. "
        "In 2023, hackers gained access to the court's networks in what it later described as an attempt at espionage. "
        "The court holds sensitive information on witnesses, victims and confidential investigations. "
        "Dutch authorities said they were assisting with the investigation. "
        "Staff were asked to change their passwords and some services were taken offline for several days. "
        "A spokesman said the court's work, including hearings, would go on as planned.",
        "other",
    ),
    (
        "CAS hands Valieva four-year doping ban and strips Russia of team gold",
        "The Court of Arbitration for Sport on Monday banned Russian figure skater Kamila Valieva for four years for doping, nearly two years after her positive test overshadowed the Beijing Winter Olympics. "
        "The ban is backdated to December 2021, meaning she loses all her results since then, including the team event in Beijing that Russia won. "
        "Valieva, who was 15 at the time, tested positive for the heart drug trimetazidine, and her lawyers argued that it came from her grandfather's medication. "
        "The Russian skating federation called the ruling a political attack on the sport. "
        "The International Skating Union later awarded the team gold to the United States. "
        "The legal battle over the medals has kept the athletes waiting for two years.",
        "sport",
    ),
    (
        "Semenya wins partial victory at European rights court's Grand Chamber",
        "Caster Semenya won a partial victory on Thursday when the Grand Chamber of the European Court of Human Rights ruled that Switzerland had violated her right to a fair hearing. "
        "The two-time Olympic 800-metre champion has been barred from her event since 2019 under World Athletics rules that require women with high natural testosterone to lower it with medication. "
        "The court found that Switzerland's Federal Supreme Court had not examined her appeal against the Court of Arbitration for Sport with sufficient rigour. "
        "It did not rule on whether the eligibility rules themselves were discriminatory. "
        "Semenya said the ruling was a step forward in a fight she had been waging for more than a decade. "
        "World Athletics said its rules remained in force and that it would now require a genetic test for female athletes. "
        "Switzerland must pay her legal costs.",
        "sport",
    ),
]
