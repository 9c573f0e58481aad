"""dev394 negatives: sport, history and the Truth Commission, culture, health and other news in the
South African press. (title, text, kind code)."""

NEGATIVES = [
    (
        "Boks grind out Paris win in a brutal battle with France",
        "The Springboks survived a ferocious French onslaught to win their World Cup "
        "quarter-final 29-28 at the Stade de France on Sunday night, in a match Rassie Erasmus "
        "called “the toughest battle this group has fought”. Eben Etzebeth's try and Handré "
        "Pollard's long-range penalty kept South Africa ahead in the second half, and the "
        "defence held out through 20 phases of French attack at the death. Cheslin Kolbe's "
        "charge-down of a Thomas Ramos conversion proved decisive. Siya Kolisi said the team "
        "had fought for “the people back home who are going through tough times”. Fans "
        "celebrated in pubs across the country. The Boks play England in the semi-final on "
        "Saturday. "
        "France coach Fabien Galthié said his team had lost to “a great side”. The Springboks "
        "will need to recover quickly, with several forwards nursing injuries. Tickets for the "
        "semi-final were sold out within hours of the final whistle.",
        "sport",
    ),
    (
        "Proteas end their wait for a world title at Lord's",
        "The Proteas ended decades of heartbreak on Saturday, beating Australia by five wickets "
        "in the World Test Championship final at Lord's. Aiden Markram's century anchored the "
        "chase of 282, and Temba Bavuma batted through a hamstring injury to add 66. Kagiso "
        "Rabada had led the attack with nine wickets in the match. South African supporters, "
        "who have watched their team fall in one semi-final after another, sang in the stands as "
        "David Bedingham hit the winning runs. “We have been called chokers for so long,” "
        "Bavuma said. President Cyril Ramaphosa congratulated the team. The squad returns to "
        "Johannesburg on Tuesday. "
        "The team will be honoured with a parade through the streets of Johannesburg and Cape "
        "Town. Former captain Graeme Smith said the win was “for every player who came before”."
        " South Africa had not won a major ICC trophy since 1998. Coach Shukri Conrad said the "
        "players had believed in themselves when nobody else did.",
        "sport",
    ),
    (
        "Bafana under siege as Nigeria pile on the pressure",
        "Bafana Bafana spent most of the second half under siege but held on for a 1-1 draw "
        "with Nigeria in Uyo on Friday night, keeping their hopes of World Cup qualification "
        "alive. Ronwen Williams made a string of saves, and the defence threw bodies in front of "
        "shots in the final 15 minutes. Coach Hugo Broos said his players had “fought like "
        "soldiers” in a hostile stadium. Lyle Foster gave South Africa the lead with a header "
        "before Nigeria's striker equalised from the penalty spot. The result leaves Bafana top "
        "of their group with three matches left. The team flies home on Sunday to prepare for "
        "the next game. "
        "About 30,000 fans filled the Godswill Akpabio stadium, and the noise made it hard for "
        "the players to hear each other. Broos said he was proud of the spirit of his team. "
        "South Africa last qualified for the World Cup when it hosted it in 2010. SAFA said it "
        "was in talks to move the next home match to a bigger stadium.",
        "sport",
    ),
    (
        "Soweto derby: Chiefs and Pirates fans clash with stewards at FNB",
        "The Soweto derby was halted for ten minutes on Saturday after Kaizer Chiefs supporters "
        "threw bottles onto the pitch and scuffled with stewards near the tunnel at FNB Stadium, "
        "the Premier Soccer League said. Police moved into the stands and four fans were "
        "escorted out. No serious injuries were reported. Orlando Pirates won the game 2-1. The "
        "PSL said it would charge Chiefs over the behaviour of their fans. Chiefs' coach "
        "apologised and said the club did not condone violence. Safety officials said the "
        "stadium, which was close to its capacity of 87,000, had been cleared within an hour of "
        "the final whistle. "
        "The derby is the biggest game in South African football and regularly draws sell-out "
        "crowds. In 2001, 43 fans died in a crush at Ellis Park during a match between the two "
        "clubs. Police said they would review footage from the stadium's cameras before "
        "deciding whether to lay charges. The two teams meet again in the cup in April.",
        "sport",
    ),
    (
        "Comrades: Gerda Steyn wins a war of attrition in the heat",
        "Gerda Steyn won her fourth Comrades Marathon title on Sunday, pulling away from the "
        "pack on Polly Shortts to finish the up run from Durban to Pietermaritzburg in just over "
        "six hours. Temperatures above 30 degrees turned the race into a war of attrition, and "
        "medical tents along the route treated hundreds of runners for heat exhaustion. "
        "Tete Dijana won the men's race in a sprint finish. About 17,000 runners started the "
        "race. Organisers said the cut-off was extended because of the conditions. Steyn said "
        "she had “fought the hills, and the hills fought back”. "
        "Steyn, who lives in Dubai, has now won the race in both directions. The race director "
        "said more than 3,000 runners failed to finish in the 12-hour cut-off. Runners from 70 "
        "countries took part, among them a record number of women. Next year's race will be a "
        "down run.",
        "sport",
    ),
    (
        "Thirty years on, TRC survivors say justice never came",
        "Survivors of apartheid-era violence gathered in Cape Town on Monday to mark the "
        "anniversary of the Truth and Reconciliation Commission's first hearings, saying that "
        "the prosecutions the commission recommended never happened. Of the more than 300 cases "
        "the TRC referred to the National Prosecuting Authority, only a handful have reached "
        "court. Lukhanyo Calata, whose father Fort Calata was one of the Cradock Four, said "
        "families had been “betrayed by the very democracy our parents died for”. Former TRC "
        "commissioners spoke of the hearings in East London in 1996, where victims described "
        "torture by the security police. The justice ministry says it has set up a dedicated "
        "unit for apartheid-era cases. A commission of inquiry into why the cases were "
        "suppressed continues to hear evidence.",
        "history",
    ),
    (
        "June 16: Soweto marks 1976 uprising as youth unemployment bites",
        "Thousands of people gathered at the Hector Pieterson Memorial in Orlando West on "
        "Sunday to mark the anniversary of the 1976 Soweto uprising, when police opened fire on "
        "schoolchildren marching against the use of Afrikaans in schools. Speakers recalled that "
        "at least 176 people were killed in the days that followed, though some estimates are "
        "much higher. Antoinette Sithole, Hector Pieterson's sister, laid a wreath at the "
        "memorial. Young people at the gathering said the struggle of their generation was "
        "for jobs, with youth unemployment above 45%. Deputy president Paul Mashatile told the "
        "crowd the government had created new youth programmes. The day was marked with "
        "concerts and sports events across the country.",
        "history",
    ),
    (
        "Cradock Four inquest: judge finds security police killed activists",
        "The Eastern Cape High Court found on Tuesday that members of the apartheid security "
        "police were responsible for the murders of the Cradock Four in 1985, ending a reopened "
        "inquest that heard evidence for almost three years. Matthew Goniwe, Fort Calata, Sparrow "
        "Mkonto and Sicelo Mhlauli were abducted at a roadblock near Port Elizabeth, and their "
        "burned bodies were found days later. The judge said the evidence showed the killings "
        "were authorised at a senior level. None of the six policemen who applied for amnesty "
        "to the TRC was granted it, and all have since died. Families outside the court said "
        "the finding was bittersweet. The NPA said it was studying the ruling. "
        "The families had fought for years to have the inquest reopened. Lukhanyo Calata said "
        "he would now push for a prosecution of anyone involved who was still alive. Human "
        "rights lawyers said the finding would help other families whose cases are still "
        "waiting.",
        "history",
    ),
    (
        "Hani's killing remembered 30 years on at Thomas Nkobi cemetery",
        "SACP and ANC leaders gathered at the Thomas Nkobi Memorial Park in Ekurhuleni on "
        "Monday to mark 30 years since Chris Hani was shot dead in his driveway in Dawn Park. "
        "Hani, the leader of the SACP and a hero of the ANC's armed wing, was killed by Polish "
        "immigrant Janusz Waluś with a pistol supplied by Conservative Party MP Clive Derby-Lewis. "
        "The killing brought the country to the brink of civil war weeks before talks set an "
        "election date. SACP general secretary Solly Mapaila said the party would fight "
        "Waluś's parole in the courts. Hani's widow, Limpho, laid a wreath. Speakers said Hani "
        "would have been disappointed by corruption in the ANC. "
        "Waluś was released on parole in December after serving almost 30 years in prison, and "
        "was stabbed in prison shortly before. The Constitutional Court ordered his release "
        "after the justice minister had turned down his applications for years. He is expected "
        "to be deported to Poland once his parole ends.",
        "history",
    ),
    (
        "Marikana ten years on: widows still wait for compensation",
        "Widows of the miners shot dead by police at Marikana ten years ago gathered at the "
        "koppie on Tuesday to mark the anniversary, saying they were still waiting for the "
        "compensation they were promised. Police killed 34 striking mineworkers on 16 August "
        "2012, and 10 people, among them two police officers and two security guards, died in "
        "the days before. Sibanye-Stillwater, which now owns the mine, said it had built "
        "houses for the families. The Farlam commission of inquiry recommended that the "
        "officers responsible be investigated, but no one has been convicted. Amcu president "
        "Joseph Mathunjwa told the crowd that the union would never forget. The Presidency was "
        "not represented. "
        "The families' lawyers said 325 civil claims against the police had been settled, but "
        "many remained. Some of the widows now work at the mine where their husbands were "
        "killed. The day ended with songs and prayers at the koppie, where a memorial has been "
        "built.",
        "history",
    ),
    (
        "'Shaka Ilembe' returns with bigger battles and a bigger budget",
        "The second season of the Mzansi Magic epic “Shaka Ilembe” opens with a battle scene "
        "that its producers say took three weeks to film in the hills near Eshowe, with more "
        "than 400 extras in traditional dress. The series, which follows the rise of the Zulu "
        "king, became the most-watched show on DStv's local channels last year. Its producers, "
        "Bomb Productions, say the new season will cover the wars against the Ndwandwe. "
        "Historians have praised the costumes but questioned some of the dialogue. Lead actor "
        "Lemogang Tsipa said the role had changed how he understood his own heritage. The "
        "season premieres on Sunday. "
        "The first season drew more than two million viewers for its finale and won several "
        "awards at the South African Film and Television Awards. Critics praised its scale but "
        "said the pace slowed in the middle episodes. The makers have said a third season is "
        "already in development. The production employed more than 2,000 people, many of them "
        "from local communities.",
        "entertainment",
    ),
    (
        "New book lifts the lid on Vlakplaas death squad",
        "A new book by investigative journalist Jacques Pauw, to be published this week, tells "
        "the story of the Vlakplaas unit of the apartheid police through interviews with former "
        "members and with families of the activists they killed. The book draws on testimony "
        "given to the Truth and Reconciliation Commission and on documents released only in "
        "recent years. Pauw first wrote about the unit in the Vrye Weekblad in 1989, when "
        "Dirk Coetzee confessed to its killings. Critics who have read advance copies say it is "
        "a harrowing and necessary book. The launch will take place at the Book Lounge in Cape "
        "Town on Thursday. "
        "Eugene de Kock, the unit's commander, who was released on parole in 2015, declined to "
        "be interviewed for the book. Pauw said the families of the victims had waited too long"
        " for answers. His previous book, The President's Keepers, sold more than 200,000 "
        "copies. The publisher has already printed a second run.",
        "entertainment",
    ),
    (
        "Cuito Cuanavale exhibition opens at Freedom Park",
        "An exhibition about the battle of Cuito Cuanavale opened at Freedom Park in Pretoria "
        "on Friday, bringing together photographs, letters and uniforms from the South African, "
        "Angolan and Cuban forces that fought in southern Angola in 1987 and 1988. The curators "
        "said they wanted visitors to see the war from all sides. Former SADF conscripts and "
        "former MK combatants who trained in Angola attended the opening. One of them, a former "
        "national serviceman from Pretoria, said he had not spoken about the war for 30 years. "
        "The Cuban ambassador said the battle had hastened Namibia's independence. The "
        "exhibition runs until March. "
        "The battle remains one of the most disputed episodes in the history of southern "
        "Africa, with both sides claiming victory. Freedom Park said it hoped schools would "
        "bring pupils to see it. Guided tours will be offered in English, isiZulu and "
        "Afrikaans. Entry to the exhibition is free.",
        "entertainment",
    ),
    (
        "Hammanskraal cholera outbreak: death toll rises to 23",
        "The number of people who have died of cholera in and around Hammanskraal has risen to "
        "23, the Gauteng health department said on Thursday. More than 150 people have been "
        "treated at Jubilee hospital, which has set up tents to cope with the number of "
        "patients. The City of Tshwane has told residents not to drink tap water and is sending "
        "water tankers to the area. Residents have complained for years that the Rooiwal "
        "wastewater treatment plant pollutes the Apies river. Health minister Joe Phaahla said "
        "investigators were testing samples to find the source. The Human Rights Commission "
        "said the water supply had failed residents. "
        "Cholera is spread through contaminated water and food and can kill within hours if "
        "untreated. The department said most of those admitted had recovered and been sent "
        "home. President Cyril Ramaphosa has promised to fix Rooiwal, which the city says will "
        "cost about R4bn.",
        "health",
    ),
    (
        "First vaccines arrive as health workers line up for jabs",
        "The first healthcare workers in South Africa received Covid-19 vaccines on Wednesday "
        "at Khayelitsha District Hospital, as the government began its rollout with the "
        "Johnson & Johnson vaccine. President Cyril Ramaphosa and health minister Zweli "
        "Mkhize received jabs in front of cameras to encourage others. About 80,000 doses "
        "arrived at OR Tambo International Airport on Tuesday night. The government aims to "
        "vaccinate 40 million people by the end of the year. Health workers will be vaccinated "
        "first under a research study. Doctors described the rollout as “the start of a "
        "long battle”. Ramaphosa said the vaccine would help the country “defeat this "
        "invisible enemy”. "
        "South Africa has recorded more than 1.5 million Covid-19 infections and almost 49,000 "
        "deaths, the most in Africa. The country halted plans to use the AstraZeneca vaccine "
        "after a study found it offered little protection against mild illness from the Beta "
        "variant.",
        "health",
    ),
    (
        "Matric pass rate reaches record as Free State tops provinces",
        "The class of 2024 achieved a national pass rate of 87.3%, the highest since the end of "
        "apartheid, basic education minister Siviwe Gwarube announced on Monday. The Free State "
        "came first among the provinces, with KwaZulu-Natal, which has the largest number of "
        "candidates, second. More than 300,000 learners achieved bachelor passes, qualifying "
        "them for university. Gwarube praised teachers who worked through load-shedding and "
        "floods. Critics said the pass rate hid the number of learners who drop out before "
        "matric. Results will be published in newspapers and online on Tuesday. "
        "Independent schools writing the IEB examinations achieved a pass rate of 98.4%. "
        "Universities say there are not enough places for all the students who qualify. The "
        "minister said the department would focus on reading and mathematics in the early "
        "grades. Several schools in rural areas of Limpopo and the Eastern Cape achieved a 100%"
        " pass rate for the first time.",
        "other",
    ),
    (
        "From spaza to supermarket: Somali-born trader opens third store in Mthatha",
        "Abdullahi Hassan arrived in South Africa from Mogadishu in 2006 with a bag of "
        "clothes and the phone number of a cousin in Port Elizabeth. On Saturday he opened his "
        "third supermarket in Mthatha, employing 42 people, almost all of them local. Hassan "
        "started out selling cold drinks from a spaza in Motherwell and built his business by "
        "buying in bulk with other Somali traders. He says he has never thought of leaving, "
        "even when business was hard. The Eastern Cape Chamber of Business named him its small "
        "business person of the year. “This is my home now,” he said, as his first customers "
        "queued at the tills. "
        "Hassan also pays school fees for several of his employees' children. He hopes his own "
        "children, who were born in South Africa, will study at university.",
        "other",
    ),
    (
        "Pretoria's jacarandas bloom early after warm winter",
        "Pretoria's jacaranda trees have started flowering two weeks earlier than usual after a "
        "warm and dry winter, botanists said this week. The city has tens of thousands of the "
        "trees, which were brought from South America in the late 1800s. Students at the "
        "University of Pretoria say a jacaranda flower falling on your head before exams "
        "brings luck. The trees are classified as invasive, and the city is not allowed to plant "
        "new ones. Photographers have already begun lining up along Herbert Baker Street. The "
        "South African Weather Service said spring rains would probably arrive late this year. "
        "The city's tourism office said it was expecting a busy season, with visitors coming "
        "from across Gauteng. Residents of Jacaranda City, as Pretoria is sometimes called, "
        "complain every year about the sticky flowers that cover their cars. The peak of the "
        "bloom usually comes in mid-October. Local artists are preparing for the annual "
        "jacaranda festival.",
        "other",
    ),
]
