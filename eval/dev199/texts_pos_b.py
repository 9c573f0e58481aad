"""dev199 positives, part B: current violence that reaches the arts and entertainment desks
(festivals cancelled by strikes, musicians fleeing, crackdowns at concerts, studios hit).

POSITIVES = [(title, text, tag codes, kind), ...]; tag codes from eval/conflictset/__init__.py.
"""

POSITIVES = [
    (
        "Baalbek festival cancelled as Israeli strikes pound the city around its temples",
        """BEIRUT - The Baalbek International Festival cancelled its summer season on Monday after Israeli air strikes hit the city and surrounding villages for a third straight day, forcing thousands of residents to flee towards the Christian town of Deir al-Ahmar and the Syrian border. One strike on Sunday night flattened a building about 500 metres from the Roman temple of Bacchus, where the festival has staged concerts since 1956, the governor of Baalbek-Hermel, Bachir Khodr, said. He said 19 people had been killed in the province in 24 hours, including children. The Israeli military said it was targeting Hezbollah weapons depots and command centres in the Bekaa Valley. Festival director Nayla de Freige said the safety of audiences and artists made it impossible to go ahead. "We have performed through crises before, but not under bombs," she said. Schools in Deir al-Ahmar have been turned into shelters and the municipality said it was hosting more than 12,000 displaced people. UNESCO said it was in contact with both sides over the protection of the World Heritage site.""",
        "E D",
        "airstrike",
    ),
    (
        "Iranian missile damages Ramat Gan theatre as barrage hits central Israel",
        """An Iranian ballistic missile slammed into a residential street in Ramat Gan early on Friday, blowing out the windows and facade of a municipal theatre and damaging dozens of apartments, Israeli police and rescue services said. Magen David Adom said it had treated 23 people for injuries, two of them serious, after the barrage, one of several launched overnight at central Israel. The theatre, a 700-seat hall that hosts touring productions of the Cameri and Habima companies, had been closed since the start of the hostilities with Iran a week ago under Home Front Command restrictions on gatherings. Staff who arrived in the morning found seats covered in glass and the stage curtain torn. "It will take months before we can open again," the theatre's director said, standing among the debris. Israel's air force carried out new strikes on military sites in Tehran and Isfahan during the same night, the army said. Performances across the country remain cancelled, and the Israel Festival in Jerusalem has been postponed indefinitely.""",
        "E M",
        "missile strike",
    ),
    (
        "Kyiv Philharmonic's windows blown out as Russian missiles hit the capital",
        """A massive Russian missile and drone attack on Kyiv early on Monday blew out the windows of the National Philharmonic of Ukraine and damaged the roof of a neighbouring museum, the culture ministry said, as explosions rocked the city centre during the morning rush hour. At least seven people were killed and 47 wounded across the capital, the Kyiv city military administration said. A missile landed in a park a few hundred metres from the Philharmonic hall on European Square, scattering glass over the lobby and the stage of its Column Hall. Musicians who arrived for a rehearsal swept up the shards and carried the Steinway piano to a corridor away from the windows. The orchestra said an evening concert of Ukrainian composers would go ahead in the hall's basement. Ukraine's air force said it had shot down 41 of the 84 missiles launched overnight. Elsewhere in the country, strikes knocked out power in Lviv and hit energy infrastructure in Dnipro and Zaporizhzhia. President Volodymyr Zelensky called for more air defence systems from Western partners.""",
        "E",
        "missile strike",
    ),
    (
        "Idlib puppet theatre destroyed as air strikes push its performers north",
        """The small theatre in Maarat al-Numan where a troupe of puppeteers performed for children displaced by Syria's war was destroyed in an air strike on Tuesday, the group's founder said, as Syrian and Russian warplanes intensified their bombing of southern Idlib. Nobody from the troupe was inside at the time, but a shopkeeper next door was killed, according to the White Helmets civil defence group. "We had painted the walls ourselves, with the children, a month ago," founder Walid al-Khatib said by phone from near the Turkish border. The troupe's eight members, with their families, joined the tens of thousands of people heading north along the Damascus-Aleppo highway in trucks and on motorcycles. The UN humanitarian office said more than 235,000 people had fled southern Idlib in the past two weeks, many of them to overcrowded camps near the border. Government forces backed by Russian air power have been advancing on the town for days against rebel and jihadist factions. The puppeteers said they would try to perform in the camps as soon as they found a tent.""",
        "E D M B",
        "airstrike",
    ),
    (
        "Taliban fighters kill folk singer in Andarab as musicians flee Afghanistan",
        """Taliban fighters dragged the folk singer Abdul Hamid Andarabi from his home in the Andarab valley of Baghlan province and shot him dead, his son and a local official said on Sunday, days after the group seized power in Kabul. The singer, famous for playing the ghichak, a bowed string instrument, had performed at weddings and on national television for three decades. His son told the Associated Press that the fighters had searched the house and drunk tea with the family the day before returning to take him away. A Taliban spokesman said the group would investigate. The killing has sharpened fears among Afghan musicians, many of whom have gone into hiding or burned their instruments since the fall of the city. Dozens of musicians are among the thousands of people who have crossed into Pakistan at Torkham or are waiting outside Kabul airport for evacuation flights, according to the Afghanistan National Institute of Music, whose founder said his students were in danger. The group's spokesman had said earlier that music is forbidden in Islam.""",
        "V D",
        "killing",
    ),
    (
        "Riots erupt across Oromia after killing of singer Hachalu Hundessa",
        """ADDIS ABABA, July 1 (Reuters) - At least 81 people have been killed in riots and clashes across Ethiopia's Oromia region and in the capital since the popular Oromo singer Hachalu Hundessa was shot dead on Monday night, police said on Wednesday. Protesters burned cars, hotels and homes in Shashemene, Adama and Ambo, and witnesses described mobs armed with sticks and machetes attacking residents from other ethnic groups. Security forces fired live rounds and tear gas at crowds in Addis Ababa. Hachalu, 34, whose songs were anthems of the protest movement that brought Prime Minister Abiy Ahmed to power, was killed by gunmen as he drove in the Gelan Condominiums area of the capital. Police said several suspects had been arrested but gave no motive. The government shut down the internet nationwide on Tuesday. A standoff broke out at his funeral procession when federal police stopped supporters taking his body to the capital. Opposition politician Jawar Mohammed was among dozens detained.""",
        "U V",
        "riot",
    ),
    (
        "Musicians on the way to Ouagadougou festival among dead in convoy ambush",
        """Two musicians travelling to a festival in Ouagadougou were among at least 35 people killed when jihadists ambushed a convoy of civilian vehicles escorted by soldiers near Djibo in northern Burkina Faso, the government said on Thursday. The convoy, made up of lorries and minibuses carrying traders and passengers from the besieged town, came under fire from gunmen on motorcycles shortly after it left, communications minister Jean-Emmanuel Ouédraogo said in a statement. Soldiers fought back and the army said dozens of attackers were "neutralised", a toll that could not be verified. A roadside bomb disabled one of the lorries at the head of the convoy, according to a security source. The musicians, a balafon player and a singer from a Djibo troupe, had been invited to perform at a national culture week. Their troupe's leader said the rest of the band had decided not to travel. Djibo has been under a blockade by fighters linked to al-Qaeda for months. Burkina Faso has been fighting jihadist groups since 2015.""",
        "T B E V",
        "ambush",
    ),
    (
        "Amani festival musicians flee Goma as M23 rebels push into the city",
        """GOMA, Democratic Republic of Congo - Artists who had played at the Amani festival in Goma a few weeks ago were among the thousands of residents who fled across the border into Rwanda on Monday as M23 rebels backed by Rwandan troops pushed into the city. Heavy gunfire and explosions were heard near the airport and in the Himbi and Katindo districts, and shells fell on several neighbourhoods, residents said. A rapper from the Yole Africa arts collective said he had walked across the Petite Barrière crossing to Gisenyi with his recording equipment in a backpack. "We heard shells landing all night," he said. The UN said fighting around Goma had already driven more than 400,000 people from camps and homes this year, and that hospitals were overwhelmed with wounded. The festival's organisers said their office on Lake Kivu had been looted. The Congolese army said it was still holding positions in parts of the city. Rwanda denies backing the rebels, despite reports by UN experts. In Gisenyi, aid workers set up tents at a stadium to receive the arrivals, and Rwandan officials said about 1,200 people had crossed by midday. Several stray shells landed on the Rwandan side, killing at least five people, the Rwandan army said. The festival, founded in 2014 to promote peace in the region through music, had drawn about 36,000 people to the shores of Lake Kivu in February. Its director said the organisers would try to account for every one of the artists who had played. "For now, we do not know who is alive," he said.""",
        "B E D H",
        "battle",
    ),
    (
        "Separatist fighters abduct Cameroonian actors on set near Bamenda",
        """Armed separatists abducted five actors and two crew members from the set of a television series in a village near Bamenda, in Cameroon's North-West region, on Saturday, the production company and local officials said. The gunmen, who identified themselves as Ambazonia fighters, accused the crew of filming without their permission and of working for the government in Yaoundé, a crew member who escaped said. They released a make-up artist the same evening with a message demanding a ransom of 10 million CFA francs. The governor of the North-West region said soldiers had been deployed to the area. Cameroon's fledgling English-language film industry, nicknamed Collywood, has been hit hard by the conflict between separatists and government forces, which has killed more than 6,000 people since 2017. Several productions have moved to Douala or Buea. The guild of actors called for the release of its members. The series, a family drama, had been shooting in the region for two weeks.""",
        "V",
        "abduction",
    ),
    (
        "Manipur film industry halts as mobs burn actors' homes and cinemas",
        """Manipur's film industry has ground to a halt after mobs set fire to the homes of at least two actors and a cinema hall in Churachandpur during a week of ethnic violence between Meitei and Kuki-Zo communities, film bodies said on Friday. Armed groups exchanged fire in several villages in the foothills around Imphal, and the army said it had evacuated more than 23,000 people to relief camps and military cantonments. The state government said 54 people had been killed, though community leaders put the toll higher. Shootings of films, which are made in the Meitei language and screened mainly on local cable, have been suspended, and actors from both communities are sheltering in relief camps. The Film Forum Manipur said a veteran director lost his archive of negatives when his house in Kangpokpi was burned. Mobile internet remains suspended across the state, and a curfew is in force in eight districts. Security forces have been ordered to shoot in "extreme cases". Residents said young men were guarding their neighbourhoods at night with sticks and hunting rifles.""",
        "V U D B",
        "communal violence",
    ),
    (
        "Maranao singers among thousands fleeing Marawi as militants hold out",
        """Traditional Maranao singers and kulintang players are among the tens of thousands of residents who have fled Marawi since militants linked to the Islamic State group seized parts of the city, and many now perform only in evacuation centres in Iligan. Philippine troops backed by helicopter gunships pressed their offensive on Sunday to flush out the gunmen from the Maute group, who still hold several districts around the commercial centre. The military said 89 militants and 21 soldiers had been killed since the fighting began on May 23. Saripada Lomondot, 61, a singer of the epic Darangen, said he left with his wife and grandchildren in a jeepney on the second day. "I carried my gongs and my medicines," he said. Aid workers said the evacuation centres were crowded and that cases of diarrhoea were rising among children. More than 200,000 people have been displaced, according to the regional disaster council. The singers perform in the evenings for other displaced families, most of whom have no news of when they can go home.""",
        "B M D H T",
        "battle",
    ),
    (
        "Gaza clowns perform in Rafah tents after night of strikes",
        """A troupe of Palestinian clowns performed for children in a tent camp in Rafah on Wednesday morning, hours after Israeli air strikes hit houses in the city and in nearby Khan Younis, killing at least 26 people, according to the Gaza health ministry. The performers, members of the Gaza Circus School, juggled and blew soap bubbles in front of hundreds of children at a camp for displaced families on the edge of the Tal al-Sultan district. "The children were awake all night from the bombing," one performer said. Rafah now holds more than a million people, most of them displaced from the north and the centre of the Gaza Strip, the UN relief agency UNRWA says. Aid agencies warn of acute shortages of food, water and medicine, and only a small number of lorries are crossing from Egypt each day. The Israeli military said it had struck militants and infrastructure used by Hamas. The circus school's building in Gaza City was destroyed earlier in the war, and its founder said two of its teachers had been killed.""",
        "E D H",
        "airstrike",
    ),
    (
        "Israeli strike hits Iranian state TV building during live broadcast",
        """An Israeli air strike hit the headquarters of Iran's state broadcaster IRIB in northern Tehran on Monday while a news programme was on air, footage showed, as Israel pressed a wave of attacks on the Iranian capital. The live broadcast showed a presenter reading the news before an explosion shook the studio and dust filled the frame, after which she walked off camera. The channel resumed broadcasting from another location a few minutes later. Iranian officials said several employees had been killed, without giving a number. The Israeli military said it had struck a "propaganda and communications centre" used by the armed forces, and had earlier warned residents of the district to leave. The building, which houses studios for the broadcaster's entertainment and drama channels as well as news, was partly engulfed in flames, state media said. Iran launched new missile barrages at Israel in the evening. The International Federation of Journalists condemned the attack on a media facility.""",
        "E M",
        "airstrike",
    ),
    (
        "Catatumbo fighting forces cancellation of Tibú music festival as families flee",
        """The Festival del Catatumbo, a weekend of vallenato and carranga music that draws crowds to Tibú every January, has been cancelled after fighting between the ELN guerrilla and dissidents of the former FARC spread across the region, its organisers said on Monday. The ELN attacked villages it said were controlled by the dissidents, killing at least 80 people, among them a former peace signatory and a local musician, according to the Norte de Santander governor's office. More than 32,000 people have fled their homes, many of them to Cúcuta and Ocaña, where sports halls and schools have been turned into shelters. "Half of the bands on the programme are now sleeping in the coliseum in Cúcuta," a festival producer said. President Gustavo Petro suspended peace talks with the ELN and declared a state of internal commotion. The army sent 5,000 troops to the region. The ombudsman's office said armed men had gone house to house with lists of names.""",
        "B V D M",
        "battle",
    ),
    (
        "Police tear-gas mourners at Nairobi concert for slain protesters",
        """Kenyan police fired tear gas and water cannon on Sunday at thousands of young people attending a free memorial concert in Nairobi's Uhuru Park for protesters killed during demonstrations against a finance bill, sending musicians and fans running. Officers moved in as the rapper Bensoul was on stage, and some of the crowd responded by throwing stones and bottles, witnesses said. The Kenya National Commission on Human Rights said 39 people had been killed in the protests since June 18 and that police had used excessive force. Organisers said they had informed the police of the event. Several performers were briefly detained and a photographer was struck by a canister. Nairobi police commander Adamson Bungei said the gathering had been hijacked by "criminal elements". The concert was the latest in a series of artist-led events that have accompanied the youth-led protests, which forced President William Ruto to withdraw the bill. Protesters plan further marches on Tuesday. Musicians who have recorded songs in support of the movement said they would not be intimidated. "They tear-gassed a requiem," said a gospel singer who had been due to perform. One of the songs, a mix of drill beats and Sheng lyrics naming the dead, has been streamed millions of times since it was released last week. Rights groups said at least 12 people were arrested in the park and that some were beaten as they were bundled into police trucks. The Law Society of Kenya said it would offer them free legal representation.""",
        "U",
        "crackdown",
    ),
    (
        "Oscar-winning 'No Other Land' co-director beaten by settlers and detained",
        """Hamdan Ballal, one of the Palestinian co-directors of the Oscar-winning documentary "No Other Land", was attacked by Israeli settlers at his home in the West Bank village of Susya on Monday evening and then detained by soldiers, his fellow filmmakers said. Co-director Yuval Abraham wrote on social media that a group of settlers, some of them masked, had beaten Ballal, who suffered wounds to his head and stomach, and that soldiers arrived and took him away in an ambulance. Activists from the Center for Jewish Nonviolence who were in the village said settlers also attacked them and smashed the windows of their car. The Israeli military said three Palestinians had been arrested on suspicion of throwing stones and that an Israeli civilian was also detained. The film, made by a collective of Palestinian and Israeli directors, documents the demolition of homes in the Masafer Yatta area. It won the Academy Award for best documentary feature three weeks ago. Ballal was released on Tuesday.""",
        "V",
        "settler attack",
    ),
]
