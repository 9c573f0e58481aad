"""dev396 positives, part B: shutdowns in wars and deadly unrest, attacks on masts and
networks by armed groups, and the war news of the telecoms desk."""

POSITIVES = [
    (
        "Manipur's internet shutdown enters its fourth week as ethnic clashes continue",
        "Mobile internet in the Indian state of Manipur has been suspended for 25 days, the longest shutdown in the north-east, as violence between the Meitei and Kuki-Zo communities continues to spread. Officials said at least 98 people have been killed since clashes broke out on 3 May, and more than 35,000 have fled their homes to relief camps in the valley and the hills, or across the border into Mizoram. Mobs have torched villages, churches and police outposts, and looted weapons from armouries, according to the state government. The home department said data services would remain suspended to stop rumours and inflammatory videos spreading on WhatsApp and Facebook. Broadband was partly restored for offices and banks under strict conditions, but cyber cafés remain closed. Students in Imphal said they could not submit university applications, and traders in Churachandpur reported that digital payments had dried up. Rights groups argue the shutdown has done more to hide killings than to stop them. Army and Assam Rifles columns were deployed across the foothills on Sunday after fresh gunfire was reported near Moirang.",
        "V U D",
        "communal_violence",
    ),
    (
        "Pagers and walkie-talkies explode across Lebanon in attack blamed on Israel",
        "Thousands of pagers used by members of Hezbollah exploded almost simultaneously across Lebanon and parts of Syria on Tuesday afternoon, killing at least nine people, including a child, and wounding about 2,800, Lebanon's health minister said. A second wave of explosions on Wednesday hit hand-held radios, killing 20 more, including during a funeral for victims of the first attack. Hezbollah blamed Israel, which did not comment. The devices had been ordered through a Taiwanese brand whose founder said they had been made under licence by a company in Hungary, a claim that set off investigations in three countries. Hospitals in the southern suburbs of Beirut said they were overwhelmed, with many of the wounded suffering injuries to the eyes and hands. Security analysts said the attack appeared to have been prepared over months by tampering with the supply chain. Lebanon's telecoms ministry warned residents to switch off and discard any device received in recent months. Airlines briefly banned pagers and walkie-talkies from flights out of Beirut.",
        "E H",
        "explosions",
    ),
    (
        "Nationwide outage in Yemen after air strike hits Hodeidah telecoms building",
        "Yemen was almost entirely cut off from the internet for four days after an air strike by the Saudi-led coalition hit a telecommunications building in the Red Sea port of Hodeidah, network monitors and the Houthi-run ministry said. The facility houses the landing station for the FALCON cable, which carries most of the country's international traffic. Save the Children said at least three children were among the dead after the strike hit near a playground, and the Houthi authorities put the toll in Hodeidah at 14. A separate coalition strike on a prison in Saada killed dozens of people the same day, according to Médecins Sans Frontières. The coalition said it had targeted Houthi military capabilities and piracy-linked operations at the port. Aid agencies said the blackout halted mobile money transfers to families facing famine conditions and disrupted coordination of food distributions. Operators in Sanaa said the landing station's power systems had been badly damaged. Service returned gradually from Tuesday after engineers rerouted traffic.",
        "E H",
        "airstrike",
    ),
    (
        "Al-Shabaab fighters torch Hormuud masts after operator defies ban",
        "Al-Shabaab fighters burned three telecom masts in Somalia's Hiran region overnight and abducted a guard, residents and the operator Hormuud Telecom said, after the company refused to shut down service in areas the militants control. The group, which is linked to al-Qaeda, has ordered operators to cut coverage in districts where government forces and clan militias have been fighting it since last year, accusing them of helping the army to track its fighters. Hormuud said the attack had left some 60,000 subscribers without service in and around Mahas. A district official said the attackers arrived in pickups before dawn and set fire to generators and equipment. The government called the attack an act of terrorism against Somalia's economy. Operators say they pay the group protection money in some areas, a practice that the finance ministry has vowed to stop.",
        "T V",
        "terror_attack",
    ),
    (
        "Goma's networks collapse as M23 fighters push into the city",
        "Mobile networks and internet access in Goma failed on Monday as M23 rebels, backed by Rwanda according to the UN, entered the eastern Congolese city and fought with the army and allied militias in its streets. Vodacom and Airtel customers reported no signal across most of the city, and network monitors recorded traffic falling to a fraction of normal levels. Heavy gunfire was heard near the airport and the border with Rwanda, and shells landed in residential districts, according to aid workers. The UN said hundreds of thousands of people who had already fled to camps around Goma were on the move again. Electricity and water were also cut, and hospitals reported being overwhelmed with wounded. “We are hiding under the bed and the phone has no network,” one resident wrote in a message that went through briefly. Congolese authorities accused Kigali of declaring war, and Rwanda said its border was threatened. Humanitarian flights into Goma were suspended until further notice.",
        "B E D H",
        "battle",
    ),
    (
        "Zamfara telecoms shutdown as army and air force launch offensive on bandits",
        "Nigeria's communications regulator ordered all mobile operators to suspend service across Zamfara state for two weeks to support a military offensive against armed gangs that have abducted hundreds of people, including schoolchildren, in the north-west. The military said fighter jets and ground troops had struck camps in the Dansadau and Gusau forests, killing dozens of what it calls bandits and freeing some captives. The gangs rely on phones to arrange ransom payments and to receive warnings of troop movements, officials argued. Residents said the shutdown had cut off markets, banks and families. Traders in Gusau reported long queues at the few points where a signal from a neighbouring state could be picked up. MTN, Airtel and Glo confirmed they had complied with the order. The shutdown was later extended to parts of Katsina and Sokoto states. Security analysts said earlier blackouts had briefly hurt the gangs but had not changed the balance in the forests.",
        "M E",
        "military_offensive",
    ),
    (
        "Mobile data suspended across Pakistan as Khan supporters attack army buildings",
        "Pakistan suspended mobile data nationwide and blocked Twitter, Facebook and YouTube on Tuesday as supporters of former prime minister Imran Khan stormed military buildings following his arrest in Islamabad. Protesters set fire to the residence of a senior army commander in Lahore and broke into the army's headquarters gate in Rawalpindi, according to police and video verified by news organisations. At least eight people were killed in clashes with police over two days, officials said. The telecommunications authority said it had acted on an order from the interior ministry. The country's freelancers and ride-hailing drivers said they had lost income as the suspension entered a third day. The software industry body P@SHA estimated daily losses in the millions of dollars. Police said they had arrested more than 1,000 people in Punjab. Khan's party said its workers had been shot at and denied that it had organised attacks on military sites.",
        "U",
        "riot",
    ),
    (
        "Senegal cuts mobile data as riots over Sonko verdict leave 16 dead",
        "Senegal suspended mobile data on Sunday as deadly unrest over the conviction of opposition leader Ousmane Sonko entered a fourth day, the communications ministry said, citing the spread of hateful and subversive messages. At least 16 people have been killed in clashes between protesters and security forces, the government said, while rights groups gave a higher figure. Protesters have burned buses, petrol stations and a branch of the French retailer Auchan in Dakar, and police fired tear gas and live rounds, according to witnesses. The government had already restricted access to social networks on Thursday. Orange's Senegalese unit Sonatel and the other operators complied with the order. Dakar's growing start-up scene said the restrictions were crippling businesses that depend on mobile payments such as Wave and Orange Money.",
        "U",
        "riot",
    ),
    (
        "Iraq's internet shutdown hides a bloody week in Baghdad",
        "Iraq's government shut off internet access for most of the country for more than a week as security forces cracked down on protests against corruption and unemployment, network monitors and rights groups said. The Iraqi High Commission for Human Rights said at least 104 people had been killed and more than 6,000 wounded, many by snipers firing on crowds in Baghdad and southern cities. The Kurdistan region, which runs its own networks, was unaffected. Businesses estimated the economy lost tens of millions of dollars a day, and banks struggled to process salaries. Journalists said the shutdown made it almost impossible to send out images of the crackdown. The prime minister's office said the measure was needed to prevent incitement. Connectivity returned on Tuesday, though social media remained blocked.",
        "U",
        "crackdown",
    ),
    (
        "Ukrainian operators race to keep towers alive as Russian strikes black out the grid",
        "Ukraine's mobile operators are running thousands of base stations on batteries and diesel after the heaviest Russian missile and drone strikes on the power grid of the winter left much of the country without electricity, the digital transformation ministry said on Friday. Russia fired 76 missiles at energy facilities on Thursday, killing at least four people in Kyiv and the Dnipro region, according to Ukrainian officials. About a third of Kyivstar's towers in the capital went silent within three hours of the power cuts, as batteries rated for two to four hours ran down. Operators have asked the government to fast-track imports of generators and to let them share fuel supplies with hospitals. In Kherson and Zaporizhzhia, regular shelling has destroyed towers faster than crews can repair them, Vodafone Ukraine said. The ministry said it had deployed Starlink terminals to emergency services and to the network of heated “invincibility points” set up for residents. Authorities urged people to keep phones charged and to use voice calls sparingly. Fresh strikes were reported in Odesa on Friday night. Operators are also lobbying for permission to raise tariffs to cover the cost of fuel, which they say has added millions of hryvnias a month to their bills. The three companies agreed last year to let subscribers roam on each other's networks whenever their own goes down. Engineers say the hardest part is the cold: batteries lose capacity quickly when temperatures drop below freezing.",
        "E H",
        "missile_strike",
    ),
    (
        "Mariupol's last link to the outside world goes dead as siege tightens",
        "The last mobile network still working in Mariupol went off the air on Monday, leaving the besieged port city without communications as Russian forces pushed into its outskirts and shelled residential districts, Ukrainian officials said. Kyivstar said its final operating tower had lost power after a generator was hit, and that its engineers could not reach it under fire. City officials estimated that some 300,000 people remained in Mariupol without electricity, heating or running water. A maternity hospital was hit by an air strike last week, killing three people, including a child. Residents who reached the city of Zaporizhzhia after a humanitarian corridor opened briefly described searching for a signal on the roofs of apartment blocks. Relatives abroad said they had turned to lists shared on Telegram to learn whether family members were alive. Ukraine's communications agency said it would prioritise restoring any link once fighting allowed. Russia denied targeting civilians.",
        "B E V D H",
        "siege",
    ),
    (
        "Suwayda offline as government forces, Druze fighters and Bedouin clans clash",
        "Internet and mobile service in Syria's southern province of Suwayda have been cut for a third day, residents and network monitors said, as fighting between Druze armed groups, Bedouin tribal fighters and government forces continued in and around the city. The Syrian Observatory for Human Rights said more than 300 people had been killed, including civilians killed in what it described as field executions. Israel carried out air strikes on government tanks near the city and later on the defence ministry in Damascus, saying it was protecting the Druze minority. The state telecoms operator blamed damage to fibre and power lines for the outage. Residents said doctors at the national hospital had no way to call for supplies as bodies accumulated in its morgue. Thousands of families fled to villages in the west of the province, local officials said. A ceasefire announced by the government on Wednesday was broken within hours. Activists relayed videos from the city over Starlink terminals that had been smuggled in from Jordan.",
        "B E V D",
        "battle",
    ),
    (
        "Iran imposes blackout as Israeli strikes hit Tehran",
        "Iran's international internet connectivity collapsed on Wednesday to around 3% of its usual level, network monitors said, as Israeli air strikes on military and nuclear sites continued for a sixth day and explosions were heard across Tehran. The communications ministry said restrictions had been imposed temporarily to counter what it called the enemy's use of the network for drone attacks and espionage. Iran's domestic messaging apps and banking services kept running on the national network. Iran has fired waves of ballistic missiles at Israeli cities in response, and Israel's emergency services said at least 24 people had been killed there since Friday. Iran's health ministry said more than 220 people had been killed in the Israeli strikes, most of them civilians. Tehran residents who could reach foreign media said they were relying on satellite television for news and were unsure which roads out of the capital were open. Tens of thousands of residents have left the city for the north, according to local reports. The government also urged Iranians to delete WhatsApp, claiming without evidence that it sent user data to Israel.",
        "E M D",
        "airstrike",
    ),
    (
        "In El Fasher, a single Starlink dish is how the hospital counts its dead",
        "At the only hospital still partly working in El Fasher, a Starlink terminal on the roof is the doctors' only link to the outside world, they said on Thursday, as the Rapid Support Forces kept up their shelling of the besieged capital of North Darfur. The hospital's director said in a message sent over the connection that 19 people had been killed on Wednesday when shells hit a market and a displacement shelter near the city centre. Mobile networks in El Fasher have been down for months, and the RSF has seized or destroyed many of the satellite terminals in areas it controls, according to residents. The UN said famine had been confirmed in the nearby Zamzam camp and that no aid convoy had reached the city in weeks. Doctors have begun posting lists of casualties online so that relatives elsewhere in Sudan can learn their fate. “Without the dish, we are dead to the world,” a surgeon said. The RSF denies targeting civilians and says it is fighting army positions inside the city. Some families pay traders to charge their phones and send messages through terminals set up in private homes.",
        "E V H D",
        "shelling",
    ),
    (
        "Haitian gangs sabotage fibre links as coalition attacks spread in Port-au-Prince",
        "Digicel and Natcom customers in much of Port-au-Prince lost internet access on Friday after gang members cut fibre cables and set fire to equipment at a hub in the Delmas area, the companies said, as the Viv Ansanm coalition stepped up attacks on police and residential districts. The coalition has been fighting the national police and the Kenyan-led security mission for control of the remaining neighbourhoods of the capital. At least 30 people were killed in attacks on Kenscoff and Carrefour-Feuilles in the past week, according to the UN. Natcom said armed men had threatened its technicians when they tried to reach the site. The outage cut off card payments and remittance services in many districts, and the capital's hospitals reported they could not contact ambulance crews. The International Organization for Migration said more than a million Haitians are now displaced by gang violence. Police said they had pushed the attackers back from Delmas on Saturday. Digicel said repairs would take several days.",
        "B V D",
        "gang_war",
    ),
    (
        "Cable ship held in Djibouti as Houthi attacks stall Red Sea repairs",
        "A cable repair ship chartered to fix damaged submarine links in the Red Sea has been waiting in Djibouti for five weeks because insurers and Yemeni authorities will not clear it to work while Houthi missile and drone attacks on shipping continue, three industry executives said. The Houthis hit a Greek-owned bulk carrier with two missiles off Hodeidah on Monday, setting it on fire and wounding a crew member, according to the UK Maritime Trade Operations agency. The group says it is attacking ships linked to Israel in support of Palestinians in Gaza. Operators of the AAE-1 and EIG cables said they would need at least two weeks of calm seas and a clear permit to splice the broken segments. Permits are complicated by the split between the Houthi-run telecoms ministry in Sanaa and the government in Aden, which both claim authority over Yemen's waters. Traffic between Europe and Asia has been rerouted over land routes through Saudi Arabia and over longer subsea paths. Microsoft said in a status update that some Azure customers in the Middle East were seeing higher latency. Insurers said war-risk premiums for cable ships had tripled.",
        "E",
        "missile_strike",
    ),
]
