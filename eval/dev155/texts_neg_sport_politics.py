"""dev155 hard negatives: the sport desk (clásicos, a pitched battle in the stands, finals) and the
politics desk with its war words (eval/README.md, section 1)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Boca and River draw a tense Superclásico at La Bombonera as Cavani misses "
        "the chance to win it",
        "BUENOS AIRES (Buenos Aires Times) - Boca Juniors and River Plate drew 1-1 "
        "in a bad-tempered Superclásico at La Bombonera on Sunday, a result that "
        "leaves both clubs short of the leaders with five rounds of the Liga "
        "Profesional to go. River took the lead after 23 minutes when Franco "
        "Mastantuono curled a free kick over the wall, and Boca spent the rest of "
        "the first half attacking down the left without finding a way through. "
        "Miguel Merentiel equalised early in the second half with a header from a "
        "corner, and the stadium shook. Edinson Cavani had the best chance of the "
        "afternoon in stoppage time, shooting wide with only the goalkeeper to "
        "beat. Referee Yael Falcón Pérez showed nine yellow cards and sent off "
        "River's midfielder for a second booking after a scuffle near the benches. "
        "Boca's coach said his side had \"laid siege\" to River's area and deserved "
        "more. River's fans, as has been the rule in Argentine football for more "
        "than a decade, were not allowed into the stadium. The two clubs meet "
        "again in the Copa Argentina in October.",
        "sport",
    ),
    (
        "Pitched battle in the stands at Corregidora: Querétaro-Atlas match "
        "abandoned as fans attack each other",
        "QUERÉTARO (El Universal) - The match between Querétaro and Atlas at the "
        "Estadio Corregidora was abandoned in the 62nd minute on Saturday after a "
        "pitched battle broke out between rival fans in the stands and spread onto "
        "the pitch, where families ran to escape. Videos shared on social media "
        "showed groups of men beating fans who lay on the ground, some of them "
        "stripped, while players led children towards the dressing rooms. Civil "
        "protection officials said 26 people were taken to hospital, three of them "
        "in serious condition, and denied reports circulating online that people "
        "had died. The stadium's private security staff were outnumbered and the "
        "state police took more than half an hour to enter the stands, the "
        "governor admitted. Liga MX suspended the rest of the round's matches and "
        "said it would impose the harshest sanctions on Querétaro. Querétaro's "
        "governor, Mauricio Kuri, said ten people had been arrested and that those "
        "responsible would be prosecuted. The fighting between the two clubs' "
        "barras began over an old rivalry dating back to a match in 2007. Atlas "
        "fans said they had been attacked in the away section after the local "
        "barra entered through a gate that had been left open. Several Atlas "
        "players published messages on social media asking for news of relatives "
        "who had been at the match. The league's president said the Corregidora "
        "would be closed for a year and that barras would be banned from away "
        "matches. FIFA said it was shocked by the images.",
        "sport",
    ),
    (
        "Players brawl at the final whistle as Universitario beat Alianza Lima in the clásico",
        "LIMA (El Comercio) - Universitario beat Alianza Lima 2-1 at the Estadio "
        "Monumental on Sunday in a clásico that ended with a brawl between players "
        "of both teams and four red cards after the final whistle. Universitario "
        "opened the scoring with a penalty by Edison Flores after half an hour, "
        "and Alianza equalised through Hernán Barcos in the 58th minute. The "
        "winning goal came in the 87th minute, when Álex Valera beat the defence "
        "to a cross and headed in at the far post. The brawl started when an "
        "Alianza defender pushed a rival who was celebrating near the corner flag; "
        "players and substitutes from both benches joined in and police officers "
        "had to step in to separate them. Referee Kevin Ortega sent off two "
        "players from each side and reported the incident to the league's "
        'disciplinary commission. Alianza\'s coach said his team had been "robbed" '
        "by two refereeing decisions. The result puts Universitario four points "
        "clear at the top of the Clausura. Both clubs face suspensions for the "
        "next round.",
        "sport",
    ),
    (
        "Flamengo beat Palmeiras to win their fourth Copa Libertadores as Danilo's "
        "header settles the final",
        "LIMA (O Globo) - Flamengo won the Copa Libertadores for the fourth time "
        "on Saturday, beating Palmeiras 1-0 in an all-Brazilian final at the "
        "Estadio Monumental in Lima with a header by defender Danilo in the 67th "
        "minute. The Rio club became the first Brazilian team to win the "
        "continent's biggest club trophy four times. The match was a tight, "
        "physical contest in which Palmeiras' attack rarely troubled the Flamengo "
        "goalkeeper Rossi, while Flamengo's midfield controlled possession for "
        "long stretches. Coach Filipe Luís, who won the trophy as a player with "
        "the club in 2019, became one of the youngest coaches to lift it. Tens of "
        "thousands of fans gathered in Rio's city centre to watch on giant screens "
        "and celebrated until dawn. Palmeiras' coach Abel Ferreira said his side "
        'had lacked "bite" in the final third. Flamengo will represent South '
        "America at the Club World Cup in December. The club's president said the "
        'victory crowned "the best squad in Brazil".',
        "sport",
    ),
    (
        "Olimpia take the Superclásico and the lead after a 'war' of a match against Cerro Porteño",
        "ASUNCIÓN (AFP) - Olimpia beat Cerro Porteño 2-0 in Paraguay's "
        "Superclásico at the Defensores del Chaco stadium on Sunday to go top of "
        'the Clausura, in a match their coach described as "a war from the first '
        'minute". Derlis González opened the scoring with a shot from outside the '
        "area after 35 minutes, and Olimpia sealed the win in stoppage time on a "
        "counter-attack. Cerro Porteño had two goals disallowed for offside after "
        "video review, and their players surrounded the referee at half-time. The "
        "match was played with supporters of both clubs in the stands for the "
        "first time in several seasons, with more than 1,500 police officers "
        "deployed around the stadium. The police reported a few scuffles in nearby "
        "streets before the match and said eight people had been detained for "
        "throwing objects. The result leaves Olimpia two points ahead of Libertad "
        "with six matches left.",
        "sport",
    ),
    (
        "Luis Díaz double gives Colombia first ever qualifying win over Brazil in Barranquilla",
        "BARRANQUILLA (El Tiempo) - Luis Díaz scored two headers in four minutes "
        "late in the second half to give Colombia a 2-1 victory over Brazil in "
        "World Cup qualifying on Thursday, the first time Colombia had beaten "
        "Brazil in the qualifiers. Brazil took the lead through Gabriel Martinelli "
        "after four minutes, and for most of the match Colombia's attack ran into "
        "a wall of yellow shirts. Díaz equalised in the 75th minute and scored "
        "again in the 79th, sending the Metropolitano stadium into a frenzy. The "
        "Liverpool winger dedicated the goals to his father, who had been "
        "kidnapped by the ELN guerrilla in La Guajira and released days before the "
        "match. Coach Néstor Lorenzo praised his team's patience and said they had "
        '"fought every ball". Brazil, who lost their star Neymar to injury last '
        "month, have now lost two qualifiers in a row for the first time. The win "
        "took Colombia to third in the South American standings. Thousands of fans "
        "celebrated in the streets of Barranquilla after the match.",
        "sport",
    ),
    (
        "Senate approves judicial reform as opponents denounce 'an attack on the judiciary'",
        "MEXICO CITY (Milenio) - The Senate approved the reform of the judiciary "
        "in the early hours of Wednesday by 86 votes to 41, after a session that "
        "had to be moved to the old Senate building on Xicoténcatl street when "
        "protesters blocked the entrances to the chamber. The reform, promoted by "
        "President Andrés Manuel López Obrador in the last weeks of his term, "
        "means that judges, magistrates and Supreme Court justices will be elected "
        "by popular vote from next year. Morena secured the two-thirds majority it "
        "needed when an opposition senator from the PAN voted with the ruling "
        'party. Opposition legislators described the reform as "an attack on the '
        'judiciary" and "the end of the separation of powers", while the '
        "government says it will clean up a corrupt system. Judicial workers have "
        "been on strike for weeks, and law students marched on the Senate on "
        "Tuesday. The peso fell in early trading as investors worried about legal "
        "certainty. The reform still needs the approval of a majority of state "
        "legislatures, which Morena controls. President-elect Claudia Sheinbaum, "
        'who takes office on 1 October, said the reform would be implemented "with '
        'the participation of all". The US ambassador had warned in August that '
        "the reform could threaten the trade relationship, prompting López Obrador "
        'to announce a "pause" in relations with the embassy. Business groups said '
        "they would seek meetings with the incoming government to discuss the "
        'timetable. López Obrador called the vote "a triumph of the people".',
        "politics",
    ),
    (
        "Milei vetoes university funding law and declares 'war' on a Congress he "
        "calls a 'nest of rats'",
        "BUENOS AIRES (Buenos Aires Times) - President Javier Milei vetoed on "
        "Thursday the law on university funding approved by Congress last month, "
        "deepening a confrontation with lawmakers that the government itself "
        'describes as a "war" for fiscal balance. In a decree published in the '
        "Official Gazette, the government argued that the law would break the "
        "zero-deficit target and that Congress had not said where the money would "
        'come from. Milei, who has called Congress a "nest of rats", said he would '
        'veto "everything that threatens the surplus". Opposition deputies said '
        "they would try to override the veto, which requires a two-thirds majority "
        "in both chambers. University rectors warned that several public "
        "universities would struggle to pay salaries and electricity bills by the "
        "end of the year. The government's allies in the PRO party have not yet "
        "said how they will vote. Cabinet Chief Guillermo Francos said the "
        "dialogue with governors remained open. Markets rose on the news, with "
        "Argentine bonds gaining more than 2% in New York.",
        "politics",
    ),
    (
        "Arévalo accuses attorney general of 'slow-motion coup' as prosecutors "
        "move against Semilla",
        "GUATEMALA CITY (Prensa Libre) - President-elect Bernardo Arévalo accused "
        'Attorney General Consuelo Porras on Friday of carrying out a "slow-motion '
        'coup" to prevent him from taking office, after prosecutors raided the '
        "offices of the electoral tribunal and asked for the suspension of his "
        "Semilla party. Arévalo said in a press conference that the actions of the "
        'Public Ministry were "an attack on the will of the people" expressed in '
        "the August runoff. The head of the special prosecutor's office against "
        "impunity, Rafael Curruchiche, said investigators were looking into "
        "irregularities in the collection of signatures when the party was "
        "founded. The Organization of American States, the European Union and the "
        "United States expressed concern and asked the Guatemalan authorities to "
        "respect the results. Porras, who was sanctioned by Washington for "
        "obstructing anti-corruption investigations, rejected the accusations and "
        "said she was acting within the law. Arévalo is due to be sworn in on 14 "
        "January. Indigenous leaders announced that they would hold a meeting this "
        "weekend to discuss what to do.",
        "politics",
    ),
    (
        "Honduran Congress extends state of exception for the 15th time as "
        "government claims 'war on extortion' is working",
        "TEGUCIGALPA (AFP) - Honduras' Congress on Wednesday extended for another "
        "45 days the partial state of exception that suspends some constitutional "
        "guarantees in 226 municipalities, the 15th extension since President "
        "Xiomara Castro declared it to fight extortion by the gangs. The measure, "
        "approved with 70 votes, allows police to detain people without a warrant "
        "and to search homes in areas where the MS-13 and Barrio 18 gangs operate. "
        "Security Minister Gustavo Sánchez told legislators that homicides had "
        'fallen by a third and that the "war on extortion" had led to more than '
        "4,000 arrests. Opposition deputies from the National Party voted against, "
        "saying the government had not presented evidence that the measure had "
        "reduced crime. Human rights groups say the regime has led to abuses and "
        "that it is being renewed without debate. The transport sector, one of the "
        "hardest hit by extortion, asked for the measure to be maintained. The "
        "Castro government began the policy in December 2022, inspired in part by "
        "El Salvador's. The extension comes weeks before the general election.",
        "politics",
    ),
    (
        "Peru's Congress removes Boluarte in overnight vote; José Jerí sworn in as president",
        "LIMA (El Comercio) - Peru's Congress voted overnight to remove President "
        'Dina Boluarte for "permanent moral incapacity", ending a government that '
        "had survived several impeachment attempts, and swore in the head of "
        "Congress, José Jerí, as the country's new president. The motion, backed "
        "by parties that had been her allies until this week, was approved by 122 "
        "votes, with none against. Legislators accused Boluarte of failing to "
        "contain the wave of extortion and contract killings in Lima, which came "
        "to a head after gunmen opened fire on a cumbia band during a concert over "
        "the weekend. Boluarte did not attend the session, where she had been "
        "summoned to defend herself, and her lawyer said the process violated her "
        'right to a defence. Jerí, 38, said his priority would be the "war against '
        "crime\" and promised to guarantee next year's general elections. He is "
        "Peru's seventh president in less than a decade. Boluarte's approval "
        "rating had fallen to single digits in most polls, among the lowest of any "
        "leader in the world. She had faced investigations over the deaths of "
        "protesters in 2022 and 2023 and over luxury watches she failed to "
        "declare, which she said had been lent to her by a friend. Several "
        "legislators who voted for her removal had supported her in previous "
        "attempts. The sol was stable on Friday morning. Markets had been "
        "expecting a change of government since the weekend. Jerí, a lawyer from "
        "the Somos Perú party, had himself been the subject of a complaint for "
        "sexual assault that prosecutors shelved earlier this year. Small groups "
        "celebrated in front of Congress.",
        "politics",
    ),
    (
        "'Offensive for the Casa de Nariño': Colombia's right closes ranks as the "
        "presidential race enters the home stretch",
        "BOGOTÁ (El Espectador) - Colombia's right-wing parties on Tuesday began "
        'what one of their leaders called an "offensive for the Casa de Nariño", '
        "announcing a common mechanism to choose a single candidate for the first "
        "round of the presidential election in May. The Democratic Centre, the "
        "Conservative Party and several smaller movements said they would hold a "
        "consultation in March and that all the candidates had agreed to support "
        "the winner. The left's Historical Pact is due to choose its own candidate "
        "on the same day. Polls show a fragmented field, with no candidate above "
        "20% and about a third of voters still undecided. Analysts said the right "
        "was betting on voters' concerns about security and the economy after four "
        "years of the first left-wing government in the country's history. A "
        "former mayor of Bogotá, who is running as an independent, said he would "
        'not join "either trench". The campaign officially begins at the end of '
        "the month. Electoral authorities said the count would be audited by "
        "international observers.",
        "politics",
    ),
    (
        "Nicaragua strips 94 critics of citizenship days after expelling 222 "
        "political prisoners to the US",
        "MANAGUA (AFP) - A Nicaraguan court on Wednesday stripped 94 critics of "
        "President Daniel Ortega of their nationality and ordered the confiscation "
        'of their property, declaring them "traitors to the homeland", days after '
        "the government expelled 222 political prisoners to the United States. "
        "Among those affected are the writers Sergio Ramírez and Gioconda Belli, "
        "the former Sandinista commander Luis Carrión and several journalists and "
        "human rights defenders, most of whom already live in exile. The ruling "
        'also declared them "fugitives from justice". Belli, who lives in Spain, '
        'wrote on social media that her country "lives in my heart and nobody can '
        'take it from me". Spain offered Spanish citizenship to those affected, '
        "and Chile and Argentina followed with similar offers. The UN human rights "
        "office said the measure violated international law, which forbids leaving "
        "people stateless. Congress, controlled by Ortega's Sandinista Front, had "
        "amended the constitution the week before to allow the measure. "
        "Nicaragua's government did not comment.",
        "politics",
    ),
]
