"""dev131 hard negatives (2 of 4): peaceful protest, entertainment, disasters.

Whole articles with war words and no current violent event of their own (eval/README.md, section 1).
"""

# (title, text, kind code)
NEGATIVES = [
    (
        "Lecturers march to Treasury as university strike enters fifth week",
        "Hundreds of university lecturers marched through the Nairobi CBD on Wednesday, blowing "
        "whistles and waving placards reading 'Pay us the CBA', as their strike over unpaid "
        "salary arrears entered its fifth week and public universities remained shut. The "
        "lecturers, led by officials of the Universities Academic Staff Union, walked from the "
        "University of Nairobi to the National Treasury on Harambee Avenue, where they handed over "
        "a petition, before dispersing peacefully in the afternoon under the watch of police "
        "officers who escorted the procession. 'This is a battle we did not choose, but we will "
        "fight it to the end because our members cannot keep teaching on empty stomachs,' UASU "
        "secretary-general Constantine Wasonga told the crowd. The union says the government owes "
        "its members billions of shillings under a collective bargaining agreement signed two years "
        "ago, while the Treasury says it has already released the first tranche and is waiting "
        "for universities to submit payroll data. Students at several campuses have been sent home, "
        "and some final-year students fear their graduation will be delayed by a full semester. "
        "Education Cabinet Secretary Julius Ogamba appealed to the lecturers to return to class, "
        "saying the government was committed to honouring the deal in phases. The Employment and "
        "Labour Relations Court is due to hear the matter next week.",
        "protest",
    ),
    (
        "Farmers and hauliers keep up blockade near Siret and Albița as talks stall",
        "Hundreds of farmers and transport operators kept their tractors and lorries parked along "
        "the approaches to the Siret and Albița border crossings and on the outskirts of Bucharest "
        "for a ninth day on Monday, protesting against high insurance premiums, diesel prices and "
        "competition from cheap Ukrainian grain. Traffic to the Ukrainian border was reduced to a "
        "single lane, and lorries waited for up to 30 hours to cross, Romanian Border Police said, "
        "adding that the protests had remained peaceful and that only a few drivers had been fined "
        "for blocking the road. 'We are not against Ukraine, we understand there is a war, but we "
        "cannot be the ones who pay for it while our grain stays unsold in the silos,' said a "
        "farmer from Suceava county sitting in the cab of his tractor. The protesters want "
        "subsidised diesel, faster payment of state aid for farmers hit by the drought, and "
        "caps on compulsory motor insurance premiums, which have more than doubled for hauliers "
        "over the past year. Agriculture Minister Florin Barbu met representatives of the "
        "protesters on Sunday and promised a 'battle in Brussels' for higher compensation, but "
        "the groups said the offer was not enough. Ukrainian officials said the blockade was "
        "delaying exports of grain and imports of fuel and humanitarian goods.",
        "protest",
    ),
    (
        "AASU, 30 organisations burn copies of CAA rules, hold torch rallies across Assam",
        "The All Assam Students' Union and 30 indigenous organisations burnt copies of the "
        "Citizenship (Amendment) Act rules at district headquarters across the State on Tuesday "
        "and held torchlight processions in the evening, a day after the Centre notified the "
        "rules. In Guwahati, several hundred students gathered at Swahid Nyas in Dighalipukhuri, "
        "the memorial to those who died during the Assam Agitation, and shouted slogans against "
        "the Act before marching to the AASU headquarters. 'The fight against the CAA is a fight "
        "for the identity of the Assamese people, and we will continue it democratically, in the "
        "courts and on the streets,' AASU president Utpal Sarma told the gathering. Opposition "
        "parties called a statewide hartal for Wednesday, but the Chief Minister warned that "
        "parties supporting it could lose their registration, and shops in most towns were "
        "expected to stay open. Police said the protests had been peaceful and that no arrests "
        "had been made, though additional forces were deployed near the Secretariat at Dispur as "
        "a precaution. The AASU said it would file a fresh petition before the Supreme Court, "
        "where dozens of challenges to the Act are pending. The movement's leaders said they "
        "would hold a satyagraha in every district next week.",
        "protest",
    ),
    (
        "Holland's 'Green Border' tops Polish box office despite government attacks",
        "Agnieszka Holland's 'Green Border', a film about migrants trapped between Poland and "
        "Belarus during the border crisis of 2021, was the most-watched film in Polish cinemas "
        "last weekend, with more than 137,000 viewers, despite a campaign by the government "
        "against it. The film, which won the Special Jury Prize at the Venice Film Festival, "
        "follows a Syrian family, a young border guard and activists as people are pushed back "
        "and forth across the frontier in a swampy forest. Justice Minister Zbigniew Ziobro "
        "compared it to Nazi propaganda, and the interior ministry ordered a spot to be shown "
        "before screenings in which it warned viewers that the film contained 'untruths' about "
        "the Border Guard, although many cinemas refused to play it. 'They attacked a film they "
        "had not seen, and the best answer was given by the audience,' Holland said at a "
        "screening in Warsaw on Sunday. The Border Guard trade union said the film insulted its "
        "officers, while several human rights organisations said it accurately depicted what "
        "they had documented. "
        "Holland, whose earlier films include 'Europa Europa' and 'Mr Jones', has said she "
        "made the film quickly, on a small budget and partly in secret, because she feared it "
        "would be blocked. The ruling Law and Justice party has made the border, where a steel "
        "wall was built in 2022, a central theme of its campaign before next month's "
        "parliamentary election, accusing the opposition of wanting to let in illegal "
        "migrants. 'It is a film about people, not about politics, but in Poland today "
        "everything becomes politics,' said a viewer leaving a cinema in Kraków's Kazimierz "
        "district. Several members of the cast, among them Syrian and Afghan refugees now "
        "living in Poland, attended the premiere. "
        "Some cinemas in smaller towns added extra screenings because of "
        "demand, its distributor said. The film will be released in France and Germany later "
        "this autumn.",
        "entertainment",
    ),
    (
        "Assamese film on insurgency-era 'secret killings' wins national award",
        "'Nirob Bandhuk', a Bengali and Assamese-language drama set during the years of the "
        "so-called secret killings in Assam, won the National Film Award for best feature film in "
        "Assamese, the jury announced in New Delhi on Friday. Directed by first-time filmmaker "
        "Jahnabi Borthakur, the film follows a schoolteacher in Nalbari district whose brother "
        "disappears one night in 1998, when relatives of ULFA members were being killed by "
        "unidentified gunmen. 'I grew up hearing those stories in whispers at home, and I wanted "
        "to make a film about the silence that followed the gunshots, not about the guns,' "
        "Borthakur told The Assam Tribune. Much of the film was shot in villages near Nalbari with "
        "non-professional actors, some of whom had lost family members during that period. The "
        "film had a limited release in Guwahati last year but ran for weeks in single-screen "
        "theatres in upper Assam, and was later picked up by a streaming platform. Critics praised "
        "its restraint and its cinematography, which uses the paddy fields and rivers of lower "
        "Assam as silent witnesses. Chief Minister Himanta Biswa Sarma congratulated the team and "
        "announced a cash award.",
        "entertainment",
    ),
    (
        "Ramadan drama about Sinai commandos tops viewing charts",
        "'Al-Katiba 103', a Ramadan television series about a commando unit fighting militants in "
        "North Sinai, has become the most-watched drama of the season, according to figures "
        "released by a media research firm on Sunday. The 30-episode series, produced by the "
        "state-affiliated United Media Services, is based on the story of a battalion that held a "
        "checkpoint near Sheikh Zuweid during the attacks of 2015, and features explosions, night "
        "raids and ambushes filmed with the cooperation of the armed forces. 'Our soldiers were "
        "ordinary young men from the villages of the Delta and Upper Egypt, and we wanted people "
        "to see their faces and hear their jokes, not only their battles,' the director told Ahram "
        "Online. The series follows earlier hits such as 'The Choice', whose first season in 2020 "
        "told the story of an officer killed in the Sinai, and has been criticised by some "
        "reviewers as repetitive. Cafés in Cairo and Alexandria have been showing the episodes "
        "after iftar on large screens, and clips of the final battle scene were shared millions "
        "of times on social media. Its lead actor said a second season was already being "
        "written. The channel has also announced a documentary on the families of the soldiers "
        "who inspired the story.",
        "entertainment",
    ),
    (
        "Six dead in Galați county as Storm Boris floods villages, army deployed",
        "At least six people have died in Galați county after torrential rain brought by Storm "
        "Boris flooded villages along the Siret and Prut rivers overnight, the Inspectorate for "
        "Emergency Situations said on Saturday. The worst-hit village was Slobozia Conachi, where "
        "water rose above the windows of hundreds of houses within hours and four elderly people "
        "were found dead in their homes. Rescuers, soldiers and police used boats and army trucks "
        "to evacuate more than 700 people, some of whom had climbed onto roofs and into attics, "
        "and a military helicopter lifted a family from a flooded farmyard. 'In 50 years I have "
        "never seen anything like this, the water came like a wall and we had time only to take "
        "the children upstairs,' said a woman whose house in Pechea was flooded to the ceiling. "
        "Prime Minister Marcel Ciolacu visited the area and promised emergency aid to the "
        "families, and the government said it would request money from the EU Solidarity Fund. "
        "Some 5,000 households were left without electricity and drinking water in the county, "
        "which had been hit by a severe drought in the summer. The National Meteorological "
        "Administration kept a red warning for heavy rain in place for parts of eastern Romania "
        "until Sunday.",
        "disaster",
    ),
    (
        "Mai Mahiu flash flood: death toll rises to 52 as KDF joins search",
        "The death toll from Monday's flash flood in Mai Mahiu, Nakuru County, rose to 52 on "
        "Tuesday as Kenya Defence Forces soldiers joined Red Cross volunteers and residents in "
        "digging through mud and uprooted trees for people still missing. The flood struck before "
        "dawn when a blocked railway culvert gave way under the weight of water after days of "
        "heavy rain, sending a torrent through Kamuchiri village and sweeping away houses, a "
        "church and vehicles on the Mai Mahiu-Narok road. 'I heard a sound like a train, and when "
        "I opened the door the water was already taking my neighbour's house,' said a survivor "
        "who lost three relatives. Interior Cabinet Secretary Kithure Kindiki said that more than "
        "100 people had been taken to hospital and that families who had lost their homes were "
        "being housed at a local school. Floods across the country have killed at least 170 "
        "people since March and displaced tens of thousands, according to government figures, "
        "while the Kenya Meteorological Department warned that more heavy rain was expected. "
        "President William Ruto ordered the evacuation of people living near rivers and dams, and "
        "postponed the reopening of schools by a week.",
        "disaster",
    ),
    (
        "Shovi landslide death toll reaches 26 as search goes on in Racha",
        "Rescuers pulled two more bodies from the mud and rocks at the Shovi resort in the Racha "
        "region on Monday, bringing the death toll from last week's landslide to 26, the Ministry "
        "of Internal Affairs said. Hundreds of emergency workers, soldiers of the Defence Forces "
        "and volunteers with search dogs and heavy machinery have been combing the valley of the "
        "Buba river, where a wave of mud, boulders and uprooted trees buried cottages and a "
        "campsite used by holidaymakers on Thursday afternoon. Eleven people remain missing, among "
        "them children, the ministry said. 'We are working around the clock, but the layer of "
        "debris is several metres deep in places and the weather keeps changing,' a rescuer from "
        "the Emergency Management Service told reporters in Oni. More than 200 people, mostly "
        "tourists, were evacuated from the area by helicopter in the first days after the "
        "disaster. Opposition parties questioned whether the government had ignored warnings about "
        "the melting of the Buba glacier, and the National Environmental Agency said it would "
        "review its monitoring of the area. The government declared a day of mourning, and the "
        "Georgian Orthodox Church held services for the victims across the country.",
        "disaster",
    ),
    (
        "Floods cut off parts of N'Djamena as Chari and Logone burst their banks",
        "Several neighbourhoods in the south of N'Djamena were under water on Monday after the "
        "Chari and Logone rivers burst their banks following weeks of heavy rain, forcing "
        "thousands of families to leave their homes for schools, mosques and relatives' houses on "
        "higher ground. The government said floods across the country had killed more than 500 "
        "people and affected nearly 2 million since July, destroying homes, fields and livestock "
        "in provinces from Tandjilé to Lac. Soldiers and volunteers filled sandbags to reinforce "
        "the dykes protecting the districts of Walia and Ngueli, while canoes ferried residents "
        "and their belongings through flooded streets. 'We have been fighting the water for two "
        "weeks, but every night it wins a few more metres,' said a shopkeeper in Walia whose "
        "goods were stacked on bricks. "
        "The capital was hit by similar floods in 2022, when tens of thousands of people spent "
        "months in tents on the outskirts of the city, and residents say the drainage works "
        "promised then have not been finished. The Prime Minister toured the affected "
        "districts by canoe on Sunday and promised that the state would pay for new dykes and "
        "for moving families who live in the riverbed. Rice and maize fields along the Logone, "
        "which feed much of the south, have been under water for weeks, and traders in the "
        "central market said the price of a sack of rice had risen by a third. The World Food "
        "Programme said it was distributing food to flood victims in several provinces but "
        "that its resources were stretched across the country. "
        "The Minister of Education postponed the start of the "
        "school year by two weeks because many schools are being used as shelters or are "
        "flooded. The government has appealed to international partners for tents, food and "
        "medicines, and health officials warned of the risk of cholera and malaria. The "
        "meteorological agency said rains were expected to ease by the end of the month.",
        "disaster",
    ),
    (
        "Navy sends aircraft carrier to Songkhla as Hat Yai flood toll rises",
        "The Royal Thai Navy has sent the aircraft carrier HTMS Chakri Naruebet to the coast of "
        "Songkhla to serve as a floating hospital and a base for helicopters, as the death toll "
        "from floods in Hat Yai and surrounding districts rose to 33 on Wednesday, the Department "
        "of Disaster Prevention and Mitigation said. Water in parts of Hat Yai's business district "
        "reached more than two metres after record rainfall over three days, trapping thousands "
        "of residents and tourists on the upper floors of houses, hotels and shopping centres. "
        "Soldiers from the Fourth Army Region used amphibious vehicles and boats to reach "
        "stranded families, while volunteers organised rescue requests through social media. 'We "
        "have been on the roof since Monday night with the children and my mother, and the boats "
        "only came this morning,' a resident of the Khlong U-Taphao area said. Electricity and "
        "mobile phone signals were cut in several districts, and the Hat Yai hospital moved "
        "patients from the ground floor. "
        "Many residents said they had received no warning before the water rose, and business "
        "owners in the city centre, hit by floods in 2010 as well, complained that drainage "
        "canals had not been dredged. The Hat Yai municipality opened shelters in schools and "
        "at Prince of Songkla University, where more than 4,000 people spent the night, while "
        "private boat owners from Satun and Trang drove down to help. 'My shop lost everything "
        "for the second time in 15 years, and this time the water came faster,' said a gold "
        "trader on Niphat Uthit 3 Road, standing in knee-deep water among sodden boxes. The "
        "Provincial Electricity Authority said power would be restored gradually once the "
        "water receded, and the State Railway suspended trains south of Phatthalung. "
        "Prime Minister Anutin Charnvirakul flew to Songkhla and "
        "ordered all agencies to speed up relief, promising compensation for damaged homes and "
        "businesses. The Meteorological Department warned of more heavy rain over the lower "
        "South until the weekend.",
        "disaster",
    ),
]
