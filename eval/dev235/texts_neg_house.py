"""dev235 negatives, part D: the rest of the parliamentary desk. Crimes that reach lawmakers,
peaceful protests at parliament, disasters, accidents and epidemics before committees, trade and
budget fights, drama, sport and the building itself. (title, text, kind code)."""

NEGATIVES = [
    (
        "Brazilian congressman arrested over murder of councillor Marielle Franco",
        "Brazil's Federal Police on Sunday arrested a sitting congressman, his brother and a "
        "former police chief on suspicion of ordering the 2018 murder of the Rio de Janeiro "
        "councillor Marielle Franco. Chiquinho Brazão and his brother Domingos, a member of "
        "the state audit court, are accused of hiring a former police officer who shot Franco "
        "and her driver, Anderson Gomes, in their car. Investigators said the brothers wanted "
        "to stop her opposing their plans for land controlled by militias in the west of the "
        "city. The lower house voted on Wednesday to keep the congressman in custody. Franco's "
        "sister, the racial equality minister Anielle Franco, said the family had waited six "
        "years for answers. The brothers deny the accusations.",
        "crime",
    ),
    (
        "Man with knife arrested outside Parliament; police rule out terrorism",
        "Armed police arrested a man carrying a knife near the Carriage Gates of the Palace of "
        "Westminster on Thursday afternoon, and the Metropolitan Police later said the "
        "incident was not being treated as terror-related. Officers used a Taser on the "
        "38-year-old, who had been shouting at passers-by, and nobody was hurt. The area was "
        "cordoned off for about an hour and MPs were told to stay inside the building. The "
        "man was taken to hospital for a mental health assessment and was later arrested on "
        "suspicion of possessing an offensive weapon. Westminster Bridge reopened to traffic "
        "at 5 p.m. The Serjeant at Arms wrote to members to say that the security response "
        "had worked as planned. The man is due before magistrates on Saturday.",
        "crime",
    ),
    (
        "Mexican deputy stripped of immunity over money-laundering case",
        "Mexico's Chamber of Deputies voted on Tuesday to strip a lawmaker of his immunity so "
        "that he can face charges of money laundering and illicit enrichment, in a case that "
        "prosecutors say involves payments from a fuel-theft ring. The vote was 402 in favour "
        "and 21 against. The attorney general's office says the deputy moved more than 300 "
        "million pesos through companies owned by relatives. He told the chamber that the case "
        "was a political vendetta and said he would prove his innocence. It is the first time "
        "in this legislature that the lower house has lifted a member's protection from "
        "prosecution, known as the fuero. A judge is expected to rule on an arrest warrant "
        "this week. His party has suspended his membership.",
        "crime",
    ),
    (
        "Climate activists glue themselves to Commons gallery during Brexit debate",
        "Extinction Rebellion activists glued their hands to the glass of the public gallery "
        "in the House of Commons on Monday during a debate on Brexit, and several stripped to "
        "their underwear to draw attention to the climate emergency. Debate in the chamber "
        "continued as officials screened off the protesters. Police said 12 people were "
        "arrested and that the glue was removed with a solvent. A Speaker's spokesman said the "
        "protest had not disrupted proceedings and that a review would look at how the group "
        "got into the gallery. The group said in a statement that the protest was peaceful "
        "and that MPs were debating the wrong emergency. Outside, supporters held a vigil "
        "with banners in Parliament Square. The debate ran on until late in the evening.",
        "protest",
    ),
    (
        "Tens of thousands join hīkoi to Parliament over Treaty bill",
        "Tens of thousands of people marched to Parliament in Wellington on Tuesday at the end "
        "of a nine-day hīkoi from the far north, in protest against a bill that would "
        "reinterpret the principles of the Treaty of Waitangi. Police estimated that 42,000 "
        "people took part, making it one of the largest protests in New Zealand's history. "
        "Marchers carried Māori flags and performed haka on the lawn, and police reported no "
        "arrests. Last week, Te Pāti Māori MP Hana-Rawhiti Maipi-Clarke tore up a copy of the "
        "bill and led a haka in the chamber that briefly suspended the sitting. The ACT Party, "
        "which wrote the bill, says it would give all citizens the same rights. Its coalition "
        "partners have said they will vote it down at second reading.",
        "protest",
    ),
    (
        "Pakistan's National Assembly told 33 million affected by floods",
        "Pakistan's planning minister told the National Assembly on Monday that 33 million "
        "people had been affected by monsoon floods that have submerged a third of the "
        "country, and that the damage could exceed $10 billion. More than 1,100 people have "
        "been killed since June, the National Disaster Management Authority said. Members from "
        "Sindh described villages where families were camping on embankments with no food or "
        "clean water, and said about half a million people were in relief camps. The house "
        "passed a resolution calling on rich countries to pay for climate damage. The army "
        "has deployed helicopters to rescue stranded people. The finance minister said "
        "Pakistan would seek more help from the International Monetary Fund.",
        "disaster",
    ),
    (
        "Sánchez faces hostile Congress over Valencia flood response",
        "Spain's prime minister Pedro Sánchez faced a stormy session in the Congress of "
        "Deputies on Wednesday over the response to the flash floods in Valencia, which killed "
        "more than 220 people. Opposition leader Alberto Núñez Feijóo accused the government "
        "of abandoning the victims, while Sánchez blamed the regional government for sending "
        "a phone alert too late. Thousands of soldiers have been deployed to clear mud and "
        "cars from the streets of towns south of the city. The government announced a "
        "€2.3 billion aid package for families and businesses. About 40 people remain "
        "missing. The Valencian regional president, Carlos Mazón, is due to appear before the "
        "regional parliament on Friday. Rain warnings were issued again for the coast.",
        "disaster",
    ),
    (
        "Greek parliament votes to open inquiry into Tempi rail crash",
        "Greece's parliament voted on Thursday to set up a preliminary committee to "
        "investigate whether a former transport minister should face charges over the Tempi "
        "rail crash, in which 57 people, most of them students, were killed two years ago. "
        "The motion, brought by opposition parties, passed after the ruling New Democracy "
        "party agreed to back it. The head-on collision between a passenger train and a "
        "freight train was the country's worst rail accident. Relatives of the victims have "
        "accused the government of a cover-up, and hundreds of thousands of people joined "
        "peaceful rallies across Greece last month. Prime Minister Kyriakos Mitsotakis said "
        "the inquiry would show the truth. An independent investigators' report is due "
        "within days.",
        "accident",
    ),
    (
        "Railway minister tells Lok Sabha signal fault caused Balasore crash",
        "India's railway minister Ashwini Vaishnaw told the Lok Sabha on Friday that a fault "
        "in the signalling system had caused the triple train crash near Balasore in Odisha "
        "in June, in which 293 people were killed and more than 1,000 injured. A report by "
        "the Commissioner of Railway Safety found that the Coromandel Express was wrongly sent "
        "onto a loop line where a goods train was standing. Opposition members interrupted "
        "the minister, demanding his resignation and asking why an anti-collision system had "
        "not been installed on the route. Vaishnaw said the system would be expanded to more "
        "than 3,000 kilometres of track this year. Three railway employees have been arrested "
        "by the Central Bureau of Investigation. The opposition walked out after the reply.",
        "accident",
    ),
    (
        "MPs back new national lockdown as Covid cases surge",
        "MPs voted by 516 to 38 on Wednesday to approve England's third national lockdown, "
        "after the prime minister told the Commons that hospitals were under more pressure "
        "than at any time since the pandemic began. Schools will remain closed to most pupils "
        "until at least the February half-term. About 30,000 people were in hospital with "
        "Covid-19, the health secretary said, and more than 1.3 million had received a first "
        "dose of a vaccine. A small group of Conservative backbenchers voted against, "
        "attacking the measures as an assault on liberty. Labour supported the government but "
        "said it had acted too late. The restrictions will be reviewed in mid-February. "
        "Scotland and Wales announced similar measures.",
        "health",
    ),
    (
        "Borgen returns with Danish foreign minister caught in Arctic power struggle",
        "Borgen, the Danish political drama that made coalition politics compulsive viewing "
        "around the world, returns after nine years with Birgitte Nyborg now serving as "
        "foreign minister. The new series, co-produced with Netflix, turns on the discovery of "
        "oil in Greenland and a tense standoff with Washington and Beijing, and there are "
        "brutal scenes in the Folketing as Nyborg's party turns on her. Sidse Babett Knudsen "
        "is as commanding as ever in the lead. The writers clearly enjoyed the chance to show "
        "how social media has changed the battlefield of politics. Critics have praised the "
        "tighter plotting. The eight episodes are on DR from Sunday and reach Netflix in the "
        "spring. A lighter storyline follows Katrine Fønsmark in the newsroom.",
        "entertainment",
    ),
    (
        "Republicans rout Democrats in Congressional Baseball Game",
        "Republicans beat Democrats 31-11 in the annual Congressional Baseball Game at "
        "Nationals Park on Wednesday night, a rout that ended the Democrats' run of recent "
        "wins. Representative Steve Scalise drove in three runs, and the Republican pitcher "
        "struck out seven. Democratic manager Linda Sánchez said her team had been ambushed by "
        "some serious bats. The game raised more than $2 million for charities in Washington, "
        "organisers said. Lawmakers from both parties shook hands at home plate, a rare show of "
        "bipartisanship in a week of bitter fights over spending. The trophy, a small "
        "statue, will sit in the Republican cloakroom. About 25,000 spectators attended, many of them congressional staff in team shirts.",
        "sport",
    ),
    (
        "Senate votes to end Canada tariffs emergency in rebuke to Trump",
        "The Senate voted 51 to 48 on Wednesday to end the national emergency that President "
        "Donald Trump declared to put tariffs on Canadian goods, after four Republicans joined "
        "Democrats. The resolution is unlikely to become law, as House leaders have blocked "
        "similar votes and the president would veto it. Senator Tim Kaine, its sponsor, said "
        "the trade war was raising prices for families in every state. Republicans who backed "
        "the president said tariffs were a tool to force Canada to do more on fentanyl. "
        "Markets fell on Thursday after Trump announced sweeping tariffs on most trading "
        "partners in a Rose Garden ceremony. Ottawa said it would respond with measures "
        "of its own. Lumber and dairy groups welcomed the Senate vote.",
        "economy",
    ),
    (
        "Congress passes debt ceiling deal days before default deadline",
        "The Senate passed a bill on Thursday night suspending the US debt limit until 2025, "
        "ending a months-long standoff between the White House and House Republicans just "
        "days before the Treasury said it would run out of money. The vote was 63 to 36. The "
        "deal caps non-defence spending and claws back unspent pandemic money. Conservatives "
        "called it a surrender, while progressive Democrats attacked new work requirements "
        "for food aid. Speaker Kevin McCarthy had shepherded it through the House on "
        "Wednesday with more Democratic than Republican votes. Rating agencies warned that "
        "repeated brinkmanship was damaging confidence in the United States. Treasury "
        "Secretary Janet Yellen said payments would go out on time.",
        "economy",
    ),
    (
        "MEPs freeze ratification of EU-China investment deal",
        "The European Parliament voted on Thursday to freeze work on ratifying the EU's "
        "investment agreement with China for as long as Beijing keeps sanctions on members "
        "of the parliament. The resolution passed by 599 votes to 30. China imposed the "
        "sanctions in March in retaliation for EU measures against officials over the "
        "treatment of Uyghurs in Xinjiang. The deal, agreed in principle in December after "
        "seven years of talks, was meant to give European companies more access to the "
        "Chinese market. German carmakers had pushed for it. Beijing's mission to the EU said "
        "the vote was a mistake. Trade experts said the agreement was now effectively dead. "
        "The Commission said it would continue to engage with Beijing.",
        "economy",
    ),
    (
        "Restoration of Palace of Westminster could take 60 years, MPs told",
        "MPs and peers could have to leave the Palace of Westminster for decades while the "
        "crumbling building is restored, or keep working there while repairs take up to 60 "
        "years, a report published on Tuesday said. The restoration authority estimated that "
        "a full decant would cost between £7 billion and £13 billion. The building, which has "
        "asbestos in its walls and a sewage system dating from the Victorian era, has had "
        "dozens of small fires in recent years. Members of the public accounts committee "
        "attacked the slow pace of decisions. A vote on the options is expected next year. "
        "The Lords said it would be prepared to move to the QEII Centre. The report said "
        "every year of delay added about £100 million.",
        "other",
    ),
    (
        "Takaichi elected Japan's first woman prime minister by Diet",
        "Sanae Takaichi was elected prime minister by Japan's parliament on Tuesday, becoming "
        "the first woman to lead the country. She won 237 votes in the first round in the "
        "lower house, just over a majority, after her Liberal Democratic Party reached a "
        "coalition deal with the Japan Innovation Party. The LDP's long-time partner Komeito "
        "left the government this month. Takaichi, a protégé of the late Shinzo Abe, has "
        "promised looser fiscal policy and stricter rules on immigration. She named her "
        "cabinet in the evening, with two women among its members. The Nikkei share index "
        "rose to a record. Takaichi will meet President Donald Trump in Tokyo next week. Opposition parties said "
        "they would fight her budget plans line by line.",
        "other",
    ),
    (
        "Senate committee hears AI chatbots could sway voters",
        "A Senate judiciary subcommittee heard on Tuesday that artificial intelligence "
        "chatbots could be used to flood social media with convincing false information ahead "
        "of elections. The chief executive of OpenAI, Sam Altman, told senators that "
        "regulation of the most powerful models was essential, and suggested a new agency to "
        "license them. Senators from both parties said Congress had failed to regulate social "
        "media and should not make the same mistake. One senator opened the hearing with a "
        "recording of his own voice generated by software. Witnesses disagreed on whether "
        "licensing would entrench the biggest companies. No legislation is yet before the "
        "committee. The hearing lasted nearly three hours.",
        "other",
    ),
]
