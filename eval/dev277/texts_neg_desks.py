"""dev277 negatives: peaceful protests, anniversaries, sport, the military and culture."""

NEGATIVES = [
    (
        "Doctors march to Health ministry as strike enters third week",
        """Hundreds of doctors in white coats marched through Nairobi's central business district on Wednesday to the Ministry of Health's headquarters at Afya House, as their nationwide strike entered its third week. The Kenya Medical Practitioners, Pharmacists and Dentists Union wants the government to post medical interns and implement a 2017 collective bargaining agreement. Union secretary general Davji Atellah told the marchers that doctors would not go back to work "until the last intern is posted". The march was peaceful and police escorted it along Haile Selassie Avenue. Patients have been turned away from public hospitals across the country, and some counties have hired locum doctors. Health Cabinet Secretary Susan Nakhumicha said the government did not have money to pay interns at the rates demanded. The Employment and Labour Relations Court has ordered both sides to negotiate.""",
        "protest",
    ),
    (
        "Thousands march in Nairobi to demand end to femicide",
        """Thousands of women and men marched in Nairobi and several other towns on Saturday to protest against a wave of killings of women, in what organisers described as the largest demonstration against gender-based violence in Kenya's history. Marchers carried placards with the names of women killed in recent weeks and chanted "Stop killing us" as they walked from Jeevanjee Gardens to Parliament. Similar marches took place in Mombasa, Kisumu, Nakuru and Lodwar. Organisers said more than 500 women had been killed since 2016. "We are tired of burying our sisters," one of the organisers said. The police escorted the marchers and no arrests were reported. Several MPs joined the march and promised to push for a law that would classify femicide as a separate crime. President William Ruto later said his government would set aside funds to fight gender-based violence.""",
        "protest",
    ),
    (
        "Police block anti-corruption march to Parliament, six detained",
        """Police on Tuesday blocked young people who were trying to march to Uganda's Parliament to demand the resignation of Speaker Anita Among over corruption allegations, and detained six of them near the Parliament gate. Organisers had announced the march on social media for weeks, and police deployed heavily along the roads leading to Parliament Avenue. The marchers, some wearing red, were stopped at Kampala Road and placed on police pick-ups, witnesses said. Police spokesman Kituuma Rusoke said the march had not been authorised and would have disrupted business. Shops in the city centre remained open and traffic moved normally. "We only want accountability, we are not here to fight," one of the organisers said before she was taken away. The six were later released on police bond. Human rights groups said the detentions violated the right to peaceful assembly.""",
        "protest",
    ),
    (
        "Kariakoo traders shut shops in strike over tax inspections",
        """Traders at Kariakoo market in Dar es Salaam closed their shops on Monday in protest over what they call harassment by tax officials, leaving one of East Africa's largest wholesale markets almost empty. The traders say officers from the Tanzania Revenue Authority have been seizing goods and imposing heavy fines during inspections. Buyers from Zambia, Malawi, Burundi and the DR Congo who had travelled to the market were left stranded. "We are not refusing to pay tax, we are refusing to be treated like criminals," said a leader of the Kariakoo traders' association. Police patrolled the area but no incidents were reported. Prime Minister Kassim Majaliwa met the traders' representatives in the afternoon and promised to form a team to address their complaints. The strike also spread to markets in Mbeya and Mwanza. Traders said they would reopen on Wednesday if the government kept its promises.""",
        "protest",
    ),
    (
        "Dairy farmers pour milk on road in protest over prices",
        """Dairy farmers in Nyandarua County poured hundreds of litres of milk on the road at Ol Kalou on Thursday to protest against low prices paid by processors. The farmers said they were being paid as little as Sh25 a litre, down from Sh50 a few months ago, while the cost of animal feed had gone up. They carried empty cans and placards reading "Save the dairy farmer" as they walked to the county offices, where they presented a petition to the county commissioner. The protest was peaceful and police only directed traffic. "We cannot continue to feed cows at a loss," a farmer from Kipipiri said. The Kenya Dairy Board said it was discussing a minimum price with processors. Agriculture Cabinet Secretary said the government would buy surplus milk for powder production. The farmers threatened to stop delivering milk if their demands were not met.""",
        "protest",
    ),
    (
        "Kwibuka 30: Rwanda lights flame of remembrance",
        """President Paul Kagame on Sunday lit the flame of remembrance at the Kigali Genocide Memorial, opening a week of national mourning to mark 30 years since the 1994 Genocide against the Tutsi, in which more than a million people were killed. Dozens of foreign leaders and former heads of state attended the ceremony, including former US president Bill Clinton, who has described the world's failure to act as one of the biggest regrets of his presidency. Survivors gave testimonies at BK Arena, where thousands gathered for a night vigil. "We will never forget," Kagame said in his speech, adding that Rwandans had chosen to live together again. The remains of newly discovered victims were buried at memorials in Huye and Nyamagabe. Commemoration events will continue for 100 days across the country and in the diaspora. Schools and businesses closed for the first day of mourning.""",
        "history",
    ),
    (
        "Garissa University remembers 148 victims ten years on",
        """Students, survivors and families of victims gathered at Garissa University on Wednesday to mark ten years since al-Shabaab gunmen killed 148 people, most of them students, in an attack on the campus. Candles were lit in front of a memorial bearing the names of the victims, and a minute of silence was observed at 5:30am, the time the attack began. Survivors recalled hiding in wardrobes and under beds as the gunmen went from room to room. "I lost my best friend that day, and I still hear the shots in my dreams," said a former student who now teaches in Nairobi. The university, which was closed for nine months after the attack, now has more than 6,000 students. Vice-Chancellor said the institution had built a new library named after the victims. Families called on the government to complete a promised compensation scheme.""",
        "history",
    ),
    (
        "Mau Mau veterans honoured at Kimathi statue on Mashujaa Day",
        """Surviving Mau Mau veterans were honoured at a ceremony at the Dedan Kimathi statue in Nairobi on Saturday, as Kenya marked Mashujaa Day. About 40 veterans, many in their nineties, were presented with certificates and blankets by the Ministry of Culture and Heritage. Kimathi, the Mau Mau leader who was hanged by the British colonial government in 1957, is remembered as a symbol of the struggle for independence. "We fought in the forest so that our children could be free," said a 94-year-old veteran from Nyeri. His family continues to ask the government to find the place where he was buried in Kamiti prison. The national celebrations were held in Kakamega, where the President inspected a guard of honour. Historians say many of the fighters died poor and without recognition.""",
        "history",
    ),
    (
        "Westgate attack: families mark a decade of pain",
        """Families of those killed in the Westgate mall attack gathered at the memorial garden in Westlands on Thursday to mark ten years since gunmen stormed the shopping centre and killed 67 people. The siege lasted four days and was claimed by al-Shabaab. Relatives laid wreaths and read out the names of the dead, among them children, diplomats and a Ghanaian poet. Some survivors said they still struggled with trauma and medical bills. "Every September I go back to that day," said a woman who hid in a storeroom for eight hours with her daughter. The mall reopened in 2015 after extensive renovations. Two men were convicted in 2020 of helping the attackers and sentenced to prison. The memorial event was organised by a survivors' association and attended by several ambassadors.""",
        "history",
    ),
    (
        "Kipchoge launches late attack to win Berlin for fifth time",
        """Eliud Kipchoge made history on Sunday by winning the Berlin Marathon for a record fifth time, launching a decisive attack at 30 kilometres to break away from Ethiopia's Derseh Kindie. The 38-year-old Kenyan crossed the line in 2:02:42, some 30 seconds ahead of his compatriot Vincent Kipkemoi. Kipchoge had set the world record on the same course a year earlier. "The attack was planned, I knew I had to make the difference before the last 10k," he said. Ethiopia's Tigst Assefa won the women's race in a world record of 2:11:53, slashing more than two minutes off the previous mark. In Eldoret and Kapsabet, fans gathered in hotels to watch the race on television. Kipchoge said he would now focus on preparations for next year's Olympics in Paris.""",
        "sport",
    ),
    (
        "Kariakoo derby: Yanga storm back to sink Simba in Dar war",
        """Young Africans came from behind to beat Simba 2-1 in a thrilling Kariakoo derby at the Benjamin Mkapa Stadium in Dar es Salaam on Saturday, moving four points clear at the top of the NBC Premier League. Simba took the lead through a first-half header, but Yanga's attack, led by Stephane Aziz Ki, took control after the break. Clement Mzize equalised on the hour, and Aziz Ki fired home the winner from a free kick in the 78th minute. Simba's defence was under siege in the final minutes as Yanga pressed for a third. Around 60,000 fans filled the stadium, and the police said the match passed without incident. "It is always a war, but we were the better side," Yanga's coach said. Simba's coach complained about the referee's decision to award the free kick.""",
        "sport",
    ),
    (
        "Harambee Stars battle to goalless draw in Kampala",
        """Kenya's Harambee Stars held Uganda Cranes to a goalless draw in a tense World Cup qualifier at Mandela National Stadium in Namboole on Thursday. Uganda dominated possession and launched wave after wave of attacks in the second half, but Kenya's defence held firm, with goalkeeper Bryne Omondi making three fine saves. The Cranes had a penalty appeal turned down in stoppage time after a clash in the box. "We fought like soldiers, every player gave everything," Kenya's coach said after the match. Uganda's coach said his side had been wasteful in front of goal. The result leaves both teams level on points in the group. The two countries, along with Tanzania, will co-host the Africa Cup of Nations in 2027, and both federations have promised to improve their stadiums.""",
        "sport",
    ),
    (
        "Tour du Rwanda: Eritrean rider's attack on Mur de Kigali seals stage win",
        """Eritrea's Henok Mulueberhan won the fifth stage of the Tour du Rwanda on Thursday after a powerful attack on the cobbled Mur de Kigali, and took the leader's yellow jersey. The 158-kilometre stage from Muhanga to Kigali was marked by a long breakaway that was caught with 15 kilometres to go. Mulueberhan launched his attack on the steep cobbles and crossed the line seven seconds ahead of a group led by a British rider. Thousands of fans lined the roads through Nyamirambo, cheering and banging drums. "I knew this climb was the place to make the difference," the winner said. The race, which has been part of the UCI Africa Tour since 2009, ends in Kigali on Sunday. Rwanda will host the road world championships next year.""",
        "sport",
    ),
    (
        "Cranes lose shootout as Gulu fans invade the pitch",
        """Uganda's under-20 side was knocked out of the regional Cecafa tournament on Tuesday after losing 4-3 on penalties to Tanzania in a semi-final played in Gulu. The match ended 1-1 after extra time. After the final penalty, dozens of angry fans invaded the pitch and threw water bottles at the referee, who had to be escorted to the dressing room by police. Two fans were arrested and later released. The Federation of Uganda Football Associations said it regretted the incident and would cooperate with Cecafa's disciplinary committee. "Our boys fought to the end, but football is cruel," the coach said. Tanzania will meet Kenya in the final on Saturday. Officials said they expected a full stadium for the match.""",
        "sport",
    ),
    (
        "KDF recruitment: thousands turn up in Kakamega",
        """Thousands of young people turned up at the Bukhungu Stadium in Kakamega on Monday as the Kenya Defence Forces began its annual recruitment of soldiers, with many having spent the night outside the gates. Candidates had to present their national identity cards and school certificates and then run several kilometres and undergo medical checks. KDF said it would recruit general duty soldiers, tradesmen and women and cadets in all 290 constituencies over the coming weeks. Officers warned candidates against paying bribes to anyone who promised them a place. "Recruitment is free and fair; report anyone asking for money," the officer in charge said. Those selected will report to the Recruits Training School in Eldoret. Last year, several people were charged in court for taking money from families of candidates.""",
        "military",
    ),
    (
        "Ushirikiano Imara drills end in Tanga",
        """Soldiers, police and civilians from the five East African Community partner states on Friday ended a two-week field training exercise in Tanga, Tanzania, designed to prepare them to respond to terrorism, piracy and natural disasters. The exercise, known as Ushirikiano Imara, involved about 1,500 participants. The closing ceremony included a simulated rescue of hostages from a hijacked ship and a demonstration of medical evacuation by helicopter. Tanzania's Chief of Defence Forces, Gen Jacob Mkunda, said the drills showed that the region could work together to address common threats. "We train together so that we can act together," he said. The exercise is held every year, rotating between member states. Observers from Somalia and the DRC attended.""",
        "military",
    ),
    (
        "Uganda's UPDF unveils new armoured vehicles at Tarehe Sita",
        """The Uganda People's Defence Forces displayed new locally assembled armoured personnel carriers at this year's Tarehe Sita celebrations in Kasese on Thursday, marking 44 years since the start of the bush war that brought President Yoweri Museveni to power. The vehicles were assembled at the Luwero Industries factory with parts from a foreign partner, officials said. Museveni inspected a parade of soldiers and said the army had grown into one of the most capable in Africa. He also urged soldiers to help with development projects such as farming and road construction. Defence minister said more vehicles would be made in the country to reduce reliance on imports. Celebrations included medical camps for residents and a football match between the army and local teams.""",
        "military",
    ),
    (
        "Tanzanian novel about Kagera war wins regional prize",
        """A Tanzanian novel set during the 1978-79 war between Tanzania and Idi Amin's Uganda has won this year's Burt Award for African literature, its publishers said. The book follows a young soldier from Bukoba and his sister as they try to find their way home after the fighting. The judges praised the author for "a humane and unflinching portrait of ordinary people caught up in war". The author, a former teacher, said she based the story on accounts from her father, who fought in the war. "I wanted young people to know what their grandparents went through," she said at the award ceremony in Nairobi. The novel, written in Kiswahili, will be translated into English next year. It is already on the reading list of several secondary schools in Tanzania.""",
        "entertainment",
    ),
    (
        "Ugandan film about LRA child soldiers premieres in Gulu",
        """A feature film about children abducted by the Lord's Resistance Army premiered in Gulu on Friday, with hundreds of residents filling the town's main hall. The film, shot in Acholi with local actors, follows a girl who escapes after years in the bush and tries to rebuild her life. Some former abductees who watched the film said it brought back painful memories. "This is our story, told by our own people," said a woman who spent four years with the rebels. The director said the film would be screened in schools and villages in northern Uganda, and submitted to international festivals. The LRA war, led by Joseph Kony, displaced nearly two million people in the north before the rebels moved into neighbouring countries in 2006. The film was partly funded by a European cultural foundation.""",
        "entertainment",
    ),
]
