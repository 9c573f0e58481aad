"""dev395 negatives, part A: business, Expo, sport, weather, accidents and diplomacy."""

NEGATIVES = [
    (
        "Expo 2020 Dubai closes with 24 million visits after six months",
        "Expo 2020 Dubai drew 24.1 million visits over its six months, organisers said on Thursday as "
        "the world's fair came to a close with fireworks over Al Wasl Plaza. The figure beat the "
        "target of 25 million set before the pandemic forced a one-year delay only if virtual visits "
        "were counted, and critics said the tally included repeat entries by season-pass holders. Reem "
        "Al Hashimy, the Minister of State for International Co-operation, called it a triumph of "
        "collaboration in the face of a global crisis. Some 192 countries took part, each with its own "
        "pavilion for the first time in the event's history. The site will reopen as Expo City Dubai, a "
        "mixed-use district with offices, homes and a convention centre. Property agents said rents "
        "around Dubai South had climbed by a fifth during the fair. The UAE pavilion, designed by "
        "Santiago Calatrava, will stay open. Visitors queued for hours on the final weekend to see the "
        "Saudi and Japan pavilions.",
        "economy",
    ),
    (
        "Dubai developers wage price war over off-plan villas",
        "Dubai's biggest developers are locked in a price war for off-plan buyers, slashing down "
        "payments to as little as 5 per cent and stretching payment plans over ten years after "
        "handover. Brokers said the battle for buyers had intensified as more than 40,000 new homes "
        "were due to be completed in 2026. Emaar, Damac and Sobha have each launched villa "
        "communities on the fringes of the city in the past quarter. Average villa prices rose 19 per "
        "cent in the year to March, according to data from Property Monitor, but analysts warned that "
        "supply could outpace demand. Jumeirah Village Circle and Dubai Hills remain the most popular "
        "areas for first-time investors. The Dubai Land Department recorded Dh66 billion of "
        "transactions in the quarter, a record. One agent said buyers from India, Britain and Russia "
        "were still arriving in droves. Moody's said it saw no sign of a repeat of the 2009 crash, when "
        "prices fell by half.",
        "economy",
    ),
    (
        "Saudi Arabia launches oil price war after OPEC+ talks collapse",
        "Saudi Arabia slashed its official selling prices for April by $6 to $8 a barrel and "
        "signalled it would raise output sharply, opening a price war with Russia after the OPEC+ "
        "alliance failed to agree on deeper cuts in Vienna. Brent crude fell as much as 31 per cent "
        "when trading opened in Asia on Monday, its biggest one-day drop since the 1991 Gulf War. "
        "Aramco said it would supply 12.3 million barrels a day in April, well above its recent "
        "production of about 9.7 million. Moscow had refused to back a proposal for an extra 1.5 "
        "million barrels a day of cuts to offset the collapse in demand caused by the coronavirus. "
        "Analysts in Dubai called the move a shock and awe strategy aimed at US shale producers as "
        "much as Russia. Gulf stock markets fell sharply, with Saudi Arabia's Tadawul index hitting its "
        "daily limit. Aramco shares traded below their IPO price for the first time.",
        "economy",
    ),
    (
        "OPEC+ agrees surprise output boost at Sunday video call",
        "Eight members of the OPEC+ alliance agreed on Sunday to raise oil production by 411,000 "
        "barrels a day in July, the third such increase in a row, as Saudi Arabia sought to punish "
        "overproducers and win back market share. The group said in a statement that healthy market "
        "fundamentals and low inventories justified the move. Kazakhstan and Iraq have repeatedly "
        "pumped above their quotas, frustrating Riyadh. Analysts said the decision signalled a shift in "
        "strategy away from defending prices towards a fight for volume. Brent futures slipped below "
        "$62 a barrel in early Asian trade on Monday. The UAE, which won a higher baseline after a "
        "dispute with Riyadh in 2021, welcomed the agreement. The next meeting is scheduled for early "
        "July. Economists at Emirates NBD cut their forecast for Saudi growth this year.",
        "economy",
    ),
    (
        "The battle for tourists: Riyadh targets Dubai's crown",
        "Saudi Arabia wants 150 million visits a year by 2030, and its tourism officials make no "
        "secret of where many of them are expected to come from. The kingdom has opened up with "
        "e-visas for more than 60 nationalities, tourist seasons in Riyadh and Jeddah and giga-projects "
        "on the Red Sea coast, and it now offers stopover visas on Saudia and Riyadh Air tickets. Dubai "
        "welcomed 18.7 million overnight visitors last year, according to its Department of Economy and "
        "Tourism. Hoteliers in Dubai say they are not worried, pointing to their beaches, nightlife and "
        "an airport that handles more international passengers than any other. Analysts at Colliers said "
        "the battle between the two would be won on price and connectivity rather than attractions. "
        "Abu Dhabi is counting on its museums and theme parks, including a planned Disney resort on "
        "Yas Island. Qatar, fresh from the World Cup, is also chasing the same travellers from India, "
        "Europe and China.",
        "economy",
    ),
    (
        "Emirates and Qatar Airways in fare war on London routes",
        "Emirates and Qatar Airways have cut economy fares between London and the Gulf to their "
        "lowest in five years as the two carriers fight over transfer passengers to Asia and "
        "Australia, travel agents said. A return ticket from Heathrow to Sydney via Dubai or Doha was "
        "on sale for under 800 pounds this week. Industry analysts described the discounting as a dogfight "
        "that would squeeze yields at a time of rising fuel costs. Qatar Airways has added a fourth "
        "daily Heathrow flight, while Emirates has moved more A380 superjumbos onto the route. Etihad, "
        "which is growing again after years of restructuring, is also targeting the same passengers. "
        "Tim Clark, the president of Emirates, said the airline would not be drawn into a race to the "
        "bottom. Both carriers reported record profits last year. The price cuts run until the end of "
        "the month.",
        "economy",
    ),
    (
        "War-risk premiums ease as Red Sea traffic creeps back",
        "Insurance premiums for ships passing through the Red Sea and the Bab Al Mandeb have fallen to "
        "about 0.3 per cent of a vessel's value, down from a peak of 1 per cent last year, brokers in "
        "Dubai and London said. The decline follows months without a reported incident in the "
        "waterway, they said. Transits through the Suez Canal rose 12 per cent in the first quarter, "
        "according to the canal authority, though they remain well below the levels of 2023. Container "
        "lines including Maersk and Hapag-Lloyd said they were still sending most vessels around the "
        "Cape of Good Hope. DP World said traffic at Jebel Ali had been resilient throughout. Analysts "
        "said a full return would depend on the guarantees shipowners could obtain. Egypt has offered "
        "discounts of up to 15 per cent on canal fees to lure back carriers. Freight rates from "
        "Shanghai to Jebel Ali fell by a tenth in a month.",
        "economy",
    ),
    (
        "Verstappen snatches title on final lap in Abu Dhabi showdown",
        "Max Verstappen won his first Formula One world championship on the final lap of the Abu Dhabi "
        "Grand Prix at Yas Marina on Sunday, passing Lewis Hamilton after a late safety car bunched the "
        "field. The two drivers had arrived level on points after a season-long battle that had "
        "included collisions at Silverstone and Monza. Hamilton led comfortably until Nicholas Latifi "
        "crashed with five laps to go. Race director Michael Masi allowed only the lapped cars between "
        "the leaders to overtake, giving Verstappen, on fresh soft tyres, one lap to attack. Mercedes "
        "lodged two protests, both of which were rejected by the stewards. About 50,000 fans packed the "
        "circuit, many of them wearing Dutch orange. Hamilton, who congratulated his rival, did not "
        "speak to the media afterwards. Mercedes said it would appeal.",
        "sport",
    ),
    (
        "Jeddah Corniche circuit faces safety questions after qualifying crashes",
        "The Jeddah Corniche Circuit is again under scrutiny after two heavy crashes in qualifying on "
        "Saturday, with drivers calling for changes to the blind corners on the fastest street track "
        "on the calendar. Mick Schumacher was taken to hospital as a precaution after hitting the wall "
        "at Turn 12 in a previous edition, and this year two cars were wrecked in the same section. "
        "Organisers said they had already moved walls back and improved sightlines since the race's "
        "debut in 2021. The circuit's average speed of more than 250 km/h makes it one of the fastest "
        "in the sport. Stefano Domenicali, the F1 chief executive, said the race would move to a "
        "purpose-built circuit at Qiddiya in the coming years. Saudi fans filled the grandstands "
        "despite the late finish. The Grand Prix, under floodlights, starts at 8pm local time.",
        "sport",
    ),
    (
        "Robot jockeys and drone cameras: camel racing season opens at Al Marmoum",
        "The camel racing season opened at Al Marmoum in Dubai on Saturday with more than 300 camels "
        "running in the first heats, their owners tracking them from 4x4 vehicles on a road alongside "
        "the track. Robot jockeys, small remote-controlled devices strapped to the camels' backs, have "
        "replaced child riders since a ban in 2005. Owners use walkie-talkies to activate a whip and "
        "shout commands through a speaker. Prize money for the season exceeds Dh100 million, organisers "
        "said, with cars and gold swords for the winners of the main races. A good racing camel from an "
        "Omani bloodline can fetch more than Dh10m at auction. Trainers said the animals were fed on "
        "dates, milk and honey in the build-up. Drone cameras now stream the races live to social "
        "media. The season culminates at the Al Marmoum Heritage Festival in April.",
        "sport",
    ),
    (
        "Ronaldo double sinks Al Hilal in Riyadh derby",
        "Cristiano Ronaldo scored twice as Al Nassr beat Al Hilal 3-1 in a bad-tempered Riyadh derby "
        "on Friday night, keeping the title race alive. The Portuguese striker opened the scoring from "
        "the penalty spot and added a second with a header from a Sadio Mane cross. Al Hilal laid siege "
        "to the Al Nassr goal in the second half, but their attack was blunted by the goalkeeper Bento. "
        "Three players were booked after a touchline scuffle in stoppage time. More than 25,000 fans "
        "filled the Kingdom Arena. The win leaves Al Nassr four points behind the leaders with seven "
        "games left. Al Hilal coach Jorge Jesus complained about the referee's decision to award the "
        "penalty. Ronaldo now has 28 league goals this season. The sides meet again in the King's Cup "
        "semi-final next month. Al Hilal remain unbeaten away from home this season.",
        "sport",
    ),
    (
        "Gulf Giants bombard Vipers with sixes to reach ILT20 final",
        "Gulf Giants blasted 17 sixes as they beat Desert Vipers by 45 runs in the ILT20 qualifier at "
        "the Dubai International Stadium, setting up a final against MI Emirates on Sunday. Opener "
        "James Vince struck 92 from 48 balls, his assault on the Vipers' spinners bringing the crowd to "
        "its feet. The Giants' total of 221 for four was the highest of the tournament. Vipers captain "
        "Colin Munro said his bowlers had been battered and that there was no answer to Vince's "
        "hitting. Chris Jordan took three wickets as the Vipers were bowled out for 176 in reply. "
        "Organisers said the crowd of 18,000 was a record for the league. The final begins at 7.30pm "
        "and tickets start at Dh25. The Emirates Cricket Board said the league had helped to develop "
        "UAE players. The Vipers had won the group stage comfortably and were favourites going into the match.",
        "sport",
    ),
    (
        "Hunt for the fastest falcon: record crowd at President's Cup",
        "Falconers from across the Gulf gathered in the desert at Al Ruwayyah on Wednesday for the "
        "President's Cup, where birds race over 400 metres to a lure and are timed to the thousandth of "
        "a second. More than 2,000 falcons are registered this year, organisers said. A gyr-saker "
        "hybrid owned by a Dubai falconer set the fastest time of the morning, covering the course in "
        "16.4 seconds. Handlers wearing thick gloves held their hooded birds on the starting line while "
        "a lure was swung at the finish. The prize fund runs to several million dirhams. Falconry was "
        "added to Unesco's list of intangible cultural heritage in 2010, a listing that the UAE "
        "championed. Veterinarians at the event checked each bird for banned substances. The final "
        "rounds are due on Saturday. Winners take home cars and cash, and the best birds can change hands for hundreds of thousands of dirhams.",
        "sport",
    ),
    (
        "Dubai floods: heaviest rain in 75 years strands residents and grounds flights",
        "Dubai was brought to a standstill on Wednesday after the heaviest rainfall since records began "
        "in 1949, with more than 250mm falling in parts of the emirate in 24 hours. Dubai International "
        "Airport diverted dozens of incoming flights and told passengers not to come to the terminal "
        "unless absolutely necessary. Cars were abandoned on Sheikh Zayed Road as water rose to door "
        "level, and residents of several communities in Al Barsha and Mirdif were without power for a "
        "day. In Ras Al Khaimah, a 70-year-old man died when his car was swept away in a wadi, police "
        "said. Schools moved to remote learning for the rest of the week. Officials denied that "
        "cloud seeding had caused the storm. Residents of flooded villas in Damac Hills moved into "
        "hotels paid for by their developer. The President ordered a review of infrastructure and "
        "allocated Dh2 billion to repair homes damaged by the rain.",
        "disaster",
    ),
    (
        "Kuwait swelters as mercury hits 52C and power cuts spread",
        "Temperatures in Kuwait reached 52 degrees Celsius in Jahra on Tuesday as a heatwave pushed "
        "electricity demand to a record, forcing the Ministry of Electricity and Water to impose "
        "rolling power cuts in several residential areas. The ministry said consumption reached 17,600 "
        "megawatts, exceeding the available capacity. It asked residents to switch off non-essential "
        "appliances between 11am and 5pm and urged government offices to close early. Outdoor work "
        "is banned at midday until the end of August, and inspectors said they had found 40 companies "
        "flouting the rule. Hospitals reported a rise in cases of heat exhaustion among labourers. "
        "Kuwait is among the hottest inhabited places on Earth, and scientists say parts of the Gulf "
        "could become too hot for outdoor work by the end of the century. The ministry said the outages "
        "would last no more than two hours each.",
        "disaster",
    ),
    (
        "Cyclone Shaheen kills 11 in Oman as thousands moved to shelters",
        "Cyclone Shaheen made landfall near Al Musannah on Oman's northern coast on Sunday, killing at "
        "least 11 people and forcing more than 5,000 residents into emergency shelters, the National "
        "Emergency Management Committee said. Winds of up to 150 km/h brought down trees and power "
        "lines, and torrential rain turned wadis into rivers. Two people were killed when a landslide "
        "struck their home in Muscat, and a child was swept away in a flooded wadi. The Royal Army of "
        "Oman deployed troops and helicopters to rescue stranded families in Al Batinah. Flights at "
        "Muscat International Airport were suspended for several hours. In the UAE, the storm brought "
        "heavy rain to Al Ain and parts of Dubai, and schools closed. It was the first cyclone in "
        "recorded history to make landfall in the area. Authorities said they had opened 300 shelters "
        "in schools across the affected provinces.",
        "disaster",
    ),
    (
        "Hajj heat deaths pass 1,300 as pilgrims collapse in Mecca",
        "More than 1,300 pilgrims died during this year's Hajj as temperatures in Mecca topped 51 "
        "degrees Celsius, Saudi Arabia's Health Ministry said on Sunday. Most of the dead were "
        "unregistered pilgrims who had entered on tourist visas and had no access to air-conditioned "
        "tents or transport, the ministry said. Egypt accounted for more than half the deaths, and "
        "Cairo revoked the licences of 16 travel agencies accused of arranging irregular trips. "
        "Jordan, Tunisia and Indonesia also reported deaths. Relatives searched hospitals and posted "
        "photographs of missing family members online. The Saudi authorities said they had treated "
        "more than 2,700 cases of heat exhaustion on a single day. Climate scientists said rising "
        "temperatures would make the pilgrimage more dangerous in the coming years. The kingdom has "
        "installed misting fans and shaded walkways along the routes to the Jamarat.",
        "disaster",
    ),
    (
        "Fujairah floods: army called in as 3,800 people are moved to hotels",
        "The UAE Armed Forces were deployed in Fujairah on Thursday after record rains flooded homes "
        "and streets across the eastern emirate, the National Emergency Crisis and Disasters "
        "Management Authority said. Seven Asian nationals were found dead after the downpour, "
        "officials said. Soldiers in military trucks and helicopter crews rescued about 870 people "
        "stranded by the water, and 3,897 residents were moved to temporary shelters and hotels. Some "
        "parts of Fujairah received 255mm of rain, the highest ever recorded in a July storm. Videos "
        "showed cars floating along Hamad bin Abdullah Road. The Ministry of Interior said the "
        "evacuation was a precaution and that families would return home as soon as it was safe. "
        "Volunteers handed out food and water in Kalba. Meteorologists said the rains came from an "
        "unusual low-pressure system moving from the Indian Ocean.",
        "disaster",
    ),
    (
        "Crush at Mina leaves more than 700 pilgrims dead",
        "At least 717 pilgrims were killed and 863 injured on Thursday in a crush at Mina, near Mecca, "
        "as crowds headed to the stoning of the devil ritual, Saudi civil defence said. It was the "
        "deadliest disaster at the Hajj in 25 years. The crush happened at the junction of streets 204 "
        "and 223, where two large groups of pilgrims converged in temperatures of about 46 degrees, "
        "officials said. Rescue workers in orange uniforms carried bodies wrapped in white sheets. Iran, "
        "which lost more than 130 citizens, accused the Saudi authorities of mismanagement, while "
        "Riyadh said pilgrims had failed to follow instructions. King Salman ordered a review of the "
        "Hajj plans. Health Minister Khalid Al Falih said some pilgrims had moved outside their "
        "scheduled times. Countries around the world were still trying to account for their citizens "
        "days later.",
        "accident",
    ),
    (
        "Crane collapse at Grand Mosque kills 107 days before Hajj",
        "A crane toppled during a violent storm and crashed into the Grand Mosque in Mecca on Friday, "
        "killing 107 people and injuring 238, Saudi civil defence said. Worshippers had gathered for "
        "evening prayers when strong winds and heavy rain swept through the city, bringing down the "
        "red-and-white crane onto a courtyard of the mosque. Images on social media showed bloodied "
        "bodies on the marble floor and a large hole in the roof. The crane was one of dozens working "
        "on a multibillion-dollar expansion of the site led by the Saudi Binladin Group. King Salman "
        "visited the site the next day and ordered an investigation. The inquiry found the crane had "
        "been in the wrong position and that the contractor had not followed operating instructions. "
        "The government barred Binladin from new contracts while the investigation continued. The "
        "Hajj went ahead the following week.",
        "accident",
    ),
    (
        "Emirates jet catches fire after crash landing in Dubai; firefighter killed",
        "An Emirates Boeing 777 carrying 300 people from Thiruvananthapuram caught fire after a crash "
        "landing at Dubai International Airport on Wednesday, the airline said. All passengers and "
        "crew escaped down the emergency slides, but a firefighter, Jasim Issa Mohammed Hasan, was "
        "killed as he battled the blaze, the General Civil Aviation Authority said. Thirteen people "
        "were taken to hospital with minor injuries. Flight EK521 had attempted to go around after an "
        "aborted landing when its wheels struck the runway. Video filmed by passengers showed some "
        "people grabbing their bags as they evacuated. An explosion blew a hole in the aircraft's "
        "centre fuel tank shortly after everyone had left. The airport closed for several hours, and "
        "more than 200 flights were delayed or diverted. Emirates chairman Sheikh Ahmed bin Saeed "
        "called the firefighter a hero.",
        "accident",
    ),
    (
        "Torch tower fire in Dubai Marina forces hundreds from their homes",
        "Hundreds of residents were evacuated from the 86-storey Torch tower in Dubai Marina in the "
        "early hours of Friday after a fire tore through its upper floors for the second time in two "
        "years. Dubai Civil Defence said there were no serious injuries and that seven people were "
        "treated for smoke inhalation. Debris from the flammable cladding fell onto the street below, "
        "setting fire to a car. Firefighters brought the blaze under control within about two hours. "
        "Residents waited in their pyjamas on the pavement until dawn, and the developer arranged hotel "
        "rooms for about 400 of them. The building's cladding had been partly replaced after the first "
        "fire in 2015. The fire renewed calls for a nationwide audit of towers covered with aluminium "
        "composite panels. Police said the cause of the fire was under investigation.",
        "accident",
    ),
    (
        "UAE and Israel sign normalisation deal at White House",
        "The UAE and Bahrain signed agreements with Israel at the White House on Tuesday, becoming the "
        "first Arab states in a quarter of a century to establish full diplomatic relations with the "
        "country. Sheikh Abdullah bin Zayed, the UAE Foreign Minister, signed the Abraham Accord for the "
        "Emirates, alongside Bahrain's Foreign Minister Abdullatif Al Zayani and Israeli Prime Minister "
        "Benjamin Netanyahu. President Donald Trump said the deals marked the dawn of a new Middle "
        "East. Sheikh Abdullah thanked Mr Netanyahu for halting the annexation of parts of the West "
        "Bank. The Palestinian leadership called the agreements a stab in the back. Business leaders in "
        "Dubai said they expected direct flights and trade worth billions of dollars within a year. "
        "The two Gulf states will open embassies in Tel Aviv. Analysts said Saudi Arabia was unlikely "
        "to follow soon.",
        "peace",
    ),
    (
        "AlUla summit ends three-year rift with Qatar",
        "Gulf leaders signed a declaration in the Saudi desert town of AlUla on Tuesday that ended the "
        "three-and-a-half-year boycott of Qatar by Saudi Arabia, the UAE, Bahrain and Egypt. Crown "
        "Prince Mohammed bin Salman greeted Qatar's Emir Sheikh Tamim with a hug at the foot of the "
        "aircraft steps, a scene broadcast live across the region. Saudi Arabia had reopened its "
        "airspace and land border with Qatar the night before. Kuwait, which mediated for years, "
        "said the declaration restored Gulf unity. Details of what Doha had conceded were not made "
        "public. The boycotting states had accused Qatar of supporting extremist groups and of close "
        "ties with Iran, charges Doha denied. Qatar Airways said it would resume flights to Riyadh "
        "within days. Families split by the boycott said they hoped to be reunited soon.",
        "peace",
    ),
    (
        "Riyadh and Tehran to reopen embassies under deal struck in Beijing",
        "Saudi Arabia and Iran agreed on Friday to restore diplomatic relations and reopen their "
        "embassies within two months, in a deal brokered by China after four days of talks in Beijing. "
        "A joint statement said the two countries would respect each other's sovereignty and not "
        "interfere in each other's internal affairs. They also agreed to revive a security co-operation "
        "pact signed in 2001. Riyadh cut ties with Tehran in 2016 after protesters stormed the Saudi "
        "embassy in Tehran following the execution of a Shiite cleric. The UAE, Oman and Qatar welcomed "
        "the agreement. Analysts said the deal could help end the war in Yemen, where the two countries "
        "back opposing sides. Wang Yi, China's top diplomat, called it a victory for dialogue and "
        "peace. Oil prices were little changed on the news.",
        "peace",
    ),
    (
        "Yemen truce takes effect as first fuel ships head to Hodeidah",
        "A two-month nationwide truce in Yemen took effect on Saturday evening at the start of Ramadan, "
        "the first such agreement since 2016, the UN envoy Hans Grundberg said. Under the deal, the "
        "Saudi-led coalition and the Houthis agreed to halt offensive military operations inside Yemen "
        "and across its borders. Eighteen fuel ships will be allowed into Hodeidah port, and two "
        "commercial flights a week will operate from Sanaa airport to Amman and Cairo. Saudi Arabia and "
        "the UAE welcomed the truce and said they hoped it would lead to a lasting political "
        "settlement. Residents of Sanaa said the queues at petrol stations were already shorter. The "
        "Houthis said they would respond positively if the other side did the same. The agreement "
        "can be renewed with the consent of both parties. Aid groups called it a window that must not "
        "be wasted.",
        "peace",
    ),
    (
        "Prisoner swap flights land in Sanaa and Abha",
        "Planes chartered by the International Committee of the Red Cross flew nearly 900 detainees "
        "between Yemen and Saudi Arabia over three days, completing the largest prisoner exchange of "
        "the war, the ICRC said on Sunday. The swap, agreed in Geneva last month, freed 706 Houthi "
        "prisoners and 181 held by the government and the coalition, including Saudis and Sudanese. "
        "Families waited on the tarmac at Sanaa airport with flowers and photographs. In Abha, freed "
        "Saudi soldiers were greeted by officials and a military band. Saudi Arabia's ambassador "
        "Mohammed Al Jaber described the operation as a step towards trust. The ICRC said it had "
        "interviewed every detainee to make sure they were leaving of their own free will. The parties "
        "agreed to meet again to discuss further releases.",
        "peace",
    ),
    (
        "Hope Probe enters Mars orbit in Arab world first",
        "The UAE's Hope Probe entered orbit around Mars on Tuesday evening, making the Emirates the "
        "first Arab country to reach the planet and only the fifth in history. Engineers at the "
        "Mohammed bin Rashid Space Centre in Dubai cheered as a signal confirmed that the spacecraft "
        "had completed a 27-minute burn to slow down. The mission, which cost about $200 million, "
        "will study the Martian atmosphere and weather across a full year. Sarah Al Amiri, the Minister "
        "of State for Advanced Sciences, said the success would inspire a generation of young Arabs. "
        "Landmarks including the Burj Khalifa were lit up in red. The probe was launched from Japan in "
        "July. Its first image of Mars, showing the Olympus Mons volcano, was released a few days later. "
        "Scientists around the world will have free access to its data.",
        "other",
    ),
]
