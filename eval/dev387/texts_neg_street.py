"""dev387 negatives, part B: crime and the courts, football and the Libertadores, the carnival,
films and series, and the country's memory of its violence (hard negatives under eval/README.md
section 1)."""

NEGATIVES = [
    (
        "Jury sentences Marielle Franco's killers to 78 and 59 years",
        "A popular jury in Rio de Janeiro convicted the former military police officers Ronnie "
        "Lessa and Élcio de Queiroz on Thursday of the murders of councillor Marielle Franco "
        "and her driver Anderson Gomes, and of the attempted murder of her adviser Fernanda "
        "Chaves. Lessa, who fired the shots, was sentenced to 78 years and nine months, and "
        "Queiroz, who drove the car, to 59 years and eight months. Both had signed plea deals "
        "and confessed during the two-day trial, which was broadcast live. Marielle's mother, "
        "Marinete da Silva, cried as the sentence was read. “Justice has begun to be done, but "
        "it is not complete,” said her sister, the minister Anielle Franco. The brothers "
        "Domingos and Chiquinho Brazão, accused of ordering the crime more than six years ago, "
        "will be tried separately by the Supreme Court. The defence of the two gunmen said it "
        "would not appeal.",
        "crime",
    ),
    (
        "Federal Police indict 'Colômbia' as mastermind of Dom and Bruno murders",
        "The Federal Police concluded on Tuesday that Rubén Dario da Silva Villar, known as "
        "Colômbia, ordered the killing of the indigenist Bruno Pereira and the British "
        "journalist Dom Phillips in the Javari valley, in Amazonas, last year. According to the "
        "report, Colômbia financed illegal fishing in the indigenous land and supplied the boat "
        "and ammunition used by the fishermen accused of carrying out the crime. Investigators "
        "said Pereira's work with indigenous patrols was hurting the business. Nine people were "
        "indicted in total, including for concealment of the bodies. Colômbia, who has Peruvian "
        "and Colombian documents, is in preventive detention in Brasília and denies the "
        "accusation, his lawyer said. The three men who confessed to the murders are waiting "
        "for a jury trial in Tabatinga. The Federal Public Prosecutor's Office has 15 days to "
        "decide whether to file charges.",
        "crime",
    ),
    (
        "Criciúma raid: police recover R$810,000 and arrest four after night of terror",
        "Police in Santa Catarina arrested four suspects and recovered about R$810,000 on "
        "Wednesday, a day after a gang of some 30 men attacked a Banco do Brasil vault in "
        "Criciúma in what residents described as a war scene. The robbers arrived in ten cars, "
        "blocked the access roads, set a vehicle on fire in front of the military police "
        "battalion and fired rifles into the air for almost two hours. Residents were forced to "
        "sit on the street around the bank as human shields, and a military police officer and "
        "a security guard were wounded. Notes left behind by the gang were picked up by people "
        "who came out of their houses, and some later handed them in. The Civil Police said the "
        "gang belonged to the type of crime known as “novo cangaço”, which attacks banks in "
        "small and medium-sized towns. Officers said the same group was suspected of a robbery "
        "in Botucatu in July.",
        "crime",
    ),
    (
        "Revenue finds 1.6 tonnes of cocaine in sugar containers at Santos port",
        "Federal Revenue officers found 1.6 tonnes of cocaine hidden in bags of sugar in four "
        "containers bound for the port of Antwerp, in Belgium, at the port of Santos on "
        "Thursday, the largest seizure at the terminal this year. The drug was detected by a "
        "scanner and sniffer dogs, and the cargo had been declared by an exporter from the "
        "interior of São Paulo that the Federal Police say is a front company. Santos is the "
        "main exit for cocaine sent to Europe by the Primeiro Comando da Capital, according to "
        "investigators. No one was arrested at the port, but the police carried out search "
        "warrants at two addresses in Ribeirão Preto. Seizures at Brazilian ports have more "
        "than doubled in five years, according to Federal Revenue figures. The drug would be "
        "worth more than €60 million on the European market, the police estimated. Belgian "
        "authorities were informed and will investigate the buyer. The Revenue said it had "
        "increased the number of scanners at the terminal.",
        "crime",
    ),
    (
        "Operation targets PCC scheme that laundered billions through fuel stations and fintechs",
        "The Federal Police, the Federal Revenue and the São Paulo Public Prosecutor's Office "
        "carried out some 350 search warrants in eight states on Thursday in an operation "
        "against a scheme that used fuel stations, ethanol plants and investment funds to "
        "launder money for the Primeiro Comando da Capital. According to the investigation, the "
        "faction moved about R$52 billion between 2020 and 2024 through more than 1,000 petrol "
        "stations and payment companies on Avenida Faria Lima, São Paulo's financial district. "
        "Finance minister Fernando Haddad called it the largest operation ever against "
        "organised crime in the country's formal economy. The courts froze assets and blocked "
        "the accounts of dozens of companies. Six people were arrested by the end of the "
        "afternoon. The investigation began with complaints of adulterated fuel sold to "
        "consumers. The National Petroleum Agency said it would review the licences of the "
        "stations involved. Fintech associations said the sector supported stricter controls.",
        "crime",
    ),
    (
        "Arrastões on Copacabana and Ipanema beaches lead to reinforcement of patrols",
        "Groups of young people carried out a series of arrastões, mass robberies in which "
        "bathers' belongings are snatched, on the beaches of Copacabana, Ipanema and Arpoador "
        "on Sunday afternoon, sending people running along the sand. Videos shared on social "
        "media show bathers being punched and phones and bags being taken. The Military Police "
        "said 23 people were taken to police stations, 11 of them minors. Mayor Eduardo Paes "
        "said the scenes were unacceptable and that the municipal guard would increase its "
        "presence on the seafront. Hotel associations complained that the images would hurt "
        "tourism before the summer. Residents of Copacabana organised a group to patrol the "
        "beach, which the police asked them not to do. The state government announced "
        "checkpoints on bus lines arriving from the North Zone, which human rights lawyers "
        "called discriminatory.",
        "crime",
    ),
    (
        "Man with a hatchet kills four children at daycare centre in Blumenau",
        "A 25-year-old man jumped over the wall of a private daycare centre in Blumenau, Santa "
        "Catarina, on Wednesday morning and attacked children with a hatchet, killing four of "
        "them, aged between four and seven, and injuring five others. He then turned himself in "
        "at a military police battalion. The Civil Police said the man had a criminal record, "
        "including for stabbing his stepfather, and that there was no indication he had acted "
        "with anyone else or for any cause. The governor decreed three days of mourning. The "
        "attack came days after a pupil stabbed a teacher to death at a school in São Paulo, "
        "and the federal government announced funding for school security. Psychologists "
        "advised families to limit the circulation of images of the case. Parents gathered in "
        "front of the daycare centre through the afternoon. The man was charged with four "
        "counts of aggravated murder.",
        "crime",
    ),
    (
        "Botafogo beat Atlético in battle at the Monumental to win first Libertadores",
        "Botafogo won the Copa Libertadores for the first time on Saturday, beating Atlético "
        "Mineiro 3-1 at the Monumental stadium in Buenos Aires despite playing with ten men "
        "from the first minute. Gregore was sent off after 30 seconds for a high kick to the "
        "head of Fausto Vera, but the Rio club went ahead with Luiz Henrique and Alex Telles "
        "before half time. Atlético pulled one back early in the second half through Vargas and "
        "laid siege to the Botafogo goal for 40 minutes. Júnior Santos sealed the win in "
        "stoppage time. “We suffered, we fought, and we won a war,” said the Portuguese coach "
        "Artur Jorge. Thousands of Botafogo fans celebrated through the night in General "
        "Severiano and around the Lagoa. The club, owned by the American businessman John "
        "Textor, will play in the Club World Cup. The team was greeted by a parade on Sunday.",
        "sport",
    ),
    (
        "Flamengo beat Palmeiras in Lima to keep the Libertadores in Brazil",
        "Flamengo won the Copa Libertadores final against Palmeiras in Lima on Saturday with a "
        "1-0 win, thanks to a goal by Gabigol in extra time, and took the title for the third "
        "time. It was the third all-Brazilian final in a row. The match at the Monumental of "
        "Lima was tense, with both teams cautious in attack and dozens of fouls. Palmeiras's "
        "defence, the best of the tournament, gave way only when Andreas Pereira lost the ball "
        "on the edge of the box. Filipe Luís, who started on the bench, came on to hold the "
        "left side. The Flamengo fans who travelled to Peru, estimated at about 25,000 by the "
        "club, sang until dawn in the streets of Miraflores. Coach Renato Gaúcho said the title "
        "belonged to the fans. Palmeiras, who had won the two previous editions, left the field "
        "in silence. The team returned to Rio on Sunday and paraded on a fire engine.",
        "sport",
    ),
    (
        "Palmeiras fans ambush Cruzeiro bus on Fernão Dias; one dead",
        "A Cruzeiro supporter was killed and at least 17 people were injured on Sunday when "
        "about 100 members of a Palmeiras organised supporters' group ambushed buses carrying "
        "Cruzeiro fans on the Fernão Dias highway, in Mairiporã, in Greater São Paulo. The "
        "attackers blocked the road with burning tyres, set one bus on fire and beat passengers "
        "with iron bars and sticks, according to the Military Police. The victim, 30, was a "
        "father of two. The Civil Police said the attack was planned in messaging groups in "
        "revenge for an earlier fight between the two groups. The São Paulo Public Prosecutor's "
        "Office asked for the group to be banned from stadiums, and Palmeiras said it had "
        "suspended its dealings with the organised fans. Eight people were arrested by Monday "
        "evening. The clubs were due to meet in the Brasileirão that week.",
        "sport",
    ),
    (
        "Ancelotti's Brazil attack from the start and beat Paraguay to secure World Cup place",
        "Brazil beat Paraguay 1-0 at Neo Química Arena on Tuesday and secured their place at "
        "the 2026 World Cup, with Vinícius Júnior scoring the only goal after a cross from "
        "Matheus Cunha. It was the first home match with the Italian coach Carlo Ancelotti, who "
        "lined up an attacking side with four forwards and asked for pressure high up the "
        "pitch. The Seleção dominated the first half but missed several chances. Paraguay's "
        "defence held out until the 44th minute. Ancelotti said after the match that the team "
        "still had a lot to improve and that the aim was to arrive at the World Cup as a "
        "“strong, competitive group”. The crowd of 45,000 booed the referee for most of the "
        "second half. Brazil will close the qualifiers away to Bolivia in El Alto. The CBF "
        "confirmed that the squad would play friendlies in Asia in October.",
        "sport",
    ),
    (
        "Corinthians council votes to remove president in week of war inside the club",
        "The deliberative council of Corinthians voted on Monday night to remove the club's "
        "president, Augusto Melo, after a week of accusations, legal battles and protests by "
        "fans at the Parque São Jorge headquarters. The councillors accuse Melo of "
        "irregularities in the sponsorship deal with a betting company, which is also being "
        "investigated by the police. His allies said the vote was a coup by the opposition and "
        "that they would go to court. The club, which has debts estimated at more than R$2 "
        "billion, is fighting against relegation in the Brasileirão. Melo's removal will still "
        "have to be confirmed by a general assembly of members within 30 days, according to the "
        "statute. Fans protested outside the building during the session. The vice-president, "
        "Osmar Stábile, will take over in the meantime. The club said the football department "
        "would not be affected.",
        "sport",
    ),
    (
        "'I'm Still Here' wins Brazil's first Oscar",
        "“Ainda Estou Aqui”, directed by Walter Salles, won the Oscar for best international "
        "feature on Sunday night in Los Angeles, the first Academy Award for a Brazilian "
        "production. The film tells the story of Eunice Paiva, whose husband, the former deputy "
        "Rubens Paiva, was taken from their home in Rio by agents of the military dictatorship "
        "in 1971 and never returned. Fernanda Torres, nominated for best actress, lost to Mikey "
        "Madison. In Rio and São Paulo, thousands of people watched the ceremony in bars and on "
        "big screens, and the carnival blocks that were parading on Sunday celebrated the award "
        "in the street. Salles dedicated the prize to Eunice and to Torres and to her mother, "
        "Fernanda Montenegro. The film has been seen by more than 5 million people in Brazilian "
        "cinemas.",
        "entertainment",
    ),
    (
        "Carnival: samba school takes the War of Canudos to the Sapucaí",
        "The samba school Unidos da Tijuca opened the second night of parades of the Special "
        "Group in Rio on Monday with a plot about the War of Canudos, the massacre of Antônio "
        "Conselheiro's followers by the Republic's army in the backlands of Bahia in 1897. A "
        "float showed the burned church of Belo Monte, and members of the drum section dressed "
        "as soldiers in blue uniforms beat a march while dancers dressed as sertanejos danced "
        "around them. The carnival designer said the aim was to give voice to those who were "
        "defeated. The school scored high in the plot category in the jury's first notes, "
        "according to Globo's commentators. The parade ended at dawn with the audience of the "
        "stands singing the samba. The results will be announced on Wednesday afternoon. Last "
        "year the school finished in eighth place. The backlands writer Euclides da Cunha, "
        "author of “Os Sertões”, was also honoured on a float.",
        "entertainment",
    ),
    (
        "'City of God' returns as series set 20 years after the film",
        "HBO released on Sunday the first episode of “Cidade de Deus: A Luta Não Para”, a "
        "series that returns to the Rio community two decades after the film by Fernando "
        "Meirelles and Kátia Lund. Alexandre Rodrigues is back as Buscapé, now a photographer "
        "who covers the violence of police operations and the war between traffickers and "
        "militiamen. Several actors from the original cast, including Thiago Martins and "
        "Roberta Rodrigues, are in the series. Critics in Folha praised the cinematography but "
        "said the plot repeated clichés about the favela. The production was shot on location "
        "with residents as extras. The six episodes will be shown weekly. The series was "
        "created by Aly Muritiba and directed in part by Kátia Lund. A second season has "
        "already been confirmed by the channel.",
        "entertainment",
    ),
    (
        "Globoplay documentary on Marielle case reconstructs the investigation",
        "Globoplay released on Friday “Marielle, o Documentário”, a six-episode series that "
        "reconstructs the murder of the Rio councillor and her driver in 2018 and the years of "
        "investigation that followed. The series, produced by Globo's journalism team, includes "
        "interviews with relatives, investigators and journalists, and unpublished images from "
        "security cameras. The director said the aim was to show how many times the case was "
        "nearly lost. Marielle's widow, the councillor Monica Benicio, said she had not yet "
        "been able to watch the episodes. The platform said the series was the most watched "
        "title on its first day. The last episode deals with the arrest of the men accused of "
        "ordering the crime. Critics said the production was careful and avoided "
        "sensationalism. It is available to subscribers of the platform across the country and "
        "abroad.",
        "entertainment",
    ),
    (
        "Lula tells Armed Forces not to mark 60 years of the 1964 coup",
        "President Luiz Inácio Lula da Silva told the defence minister that the Armed Forces "
        "should not hold any event to mark the 60th anniversary of the military coup of 31 "
        "March 1964, Folha de S.Paulo reported. The Ministry of Human Rights also cancelled a "
        "planned ceremony and a campaign on the dictatorship's victims. Lula said in an "
        "interview that he did not want to “keep dwelling on” the past and that the coup was "
        "already part of history. Relatives of the dead and disappeared criticised the "
        "decision, saying the country had never come to terms with the crimes of the regime. "
        "The dictatorship lasted 21 years, and the National Truth Commission recognised 434 "
        "dead and disappeared. Universities and civil society groups held their own debates and "
        "vigils across the country. Some opposition deputies held a session in Congress to "
        "praise the military.",
        "history",
    ),
    (
        "A year after 8 January, Lula holds 'Unshaken Democracy' ceremony in Congress",
        "President Lula, the presidents of the Senate and the Supreme Court and governors took "
        "part on Monday in a ceremony in the National Congress to mark one year since the "
        "attacks on the headquarters of the Three Powers. Restored works of art damaged by the "
        "rioters, including a painting by Di Cavalcanti and a 17th-century clock, were put back "
        "on display. “Democracy was attacked, and democracy won,” Lula said. Most governors "
        "from the opposition did not attend. The Supreme Court said more than 30 people had "
        "already been convicted for the invasions and that investigations into financiers and "
        "organisers were continuing. The Esplanada was guarded by a reinforced police presence "
        "but the day passed without incident. A new exhibition about the day opened at the "
        "Planalto.",
        "history",
    ),
    (
        "80 years after Monte Castello, last veterans of the FEB honoured in Italy",
        "Three veterans of the Brazilian Expeditionary Force, all aged over 100, were honoured "
        "on Friday in a ceremony in Gaggio Montano, in northern Italy, 80 years after the "
        "Brazilian troops took Monte Castello from the Germans. The Brazilian defence minister "
        "and the mayor laid wreaths at the monument to the 25,000 Brazilians who fought in the "
        "Second World War, of whom about 450 died. One of the veterans, a former infantryman "
        "from Minas Gerais, said he still remembered the cold and the snow. Residents of the "
        "town waved Brazilian flags, and a band played the Expedicionário's song. The Army said "
        "it would digitise the letters sent by the soldiers to their families. The Brazilian "
        "troops lost many men in the first attempts on the hill, in the winter of 1944. The "
        "victory became a symbol of the FEB and names streets in almost every Brazilian city.",
        "history",
    ),
    (
        "Remains from Perus mass grave identified as dictatorship activist",
        "Forensic experts working on bones found in a clandestine grave at the Dom Bosco "
        "cemetery in Perus, in São Paulo, have identified the remains of a student activist who "
        "disappeared in 1971, the Ministry of Human Rights said on Tuesday. It is the fifth "
        "identification from the more than 1,000 boxes of bones removed from the grave in 1990. "
        "The work is done by the Federal University of São Paulo with support from the "
        "International Committee of the Red Cross. The activist's sister, now 80, said she had "
        "waited more than half a century to bury her brother. The government plans to hold a "
        "ceremony with the family next month. The grave was opened during the administration of "
        "Mayor Luiza Erundina. Relatives of other disappeared people said identifications were "
        "still too slow. DNA samples from families continue to be collected in several states.",
        "history",
    ),
    (
        "Carandiru, 30 years on: survivors visit the site where 111 prisoners were killed",
        "Survivors and relatives of the 111 prisoners killed by military police during the "
        "suppression of a rebellion at the Carandiru detention centre in São Paulo returned on "
        "Sunday to the Parque da Juventude, built where the prison stood, to mark 30 years of "
        "the massacre. They laid flowers and read the names of the dead. No police officer has "
        "served time for the killings: the convictions of 74 officers were annulled and then "
        "reinstated, and the case is still in the courts. A bill that would grant them an "
        "amnesty is pending in the São Paulo legislature. The Pastoral Carcerária said "
        "conditions in the state's prisons were still overcrowded and unhealthy. The prison was "
        "demolished in 2002. The commander of the operation, Colonel Ubiratan Guimarães, was "
        "killed in 2006 in a crime unrelated to the case. A mural with the names of the victims "
        "was painted on a wall of the park.",
        "history",
    ),
]
