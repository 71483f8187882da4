// Given names beyond compromise's lexicon (which is mostly English), by language area, in their
// common Latin-script news spellings without diacritics (matching folds diacritics, so
// "Bohdan", "Jiří" and "Jiri" all match). Data, read by ./rules.ts.
//
// A given name is a cue, not a proof: it confirms a capitalized run of two or more words as a
// person ("Imran Qureshi"), never a lone word. Names that are everyday English words ("Will",
// "Hope", "May") are left out on purpose; names that are also places or countries ("Jordan",
// "Georgia") are harmless here because a country mention blocks the span before this list is read.

const AREAS: Record<string, string> = {
  english: `
    Aaron Abigail Adam Adrian Aidan Alan Alastair Albert Alec Alexander Alexandra Alfred Alice Alison Alistair Allan Allen
    Alvin Amanda Amber Amy Andrea Andrew Andy Angela Angus Anita Ann Anna Anne Annie Anthony Antony Archibald Arnold Arthur
    Ashley Audrey Austin Barbara Barry Basil Beatrice Ben Benjamin Bernard Bert Beryl Beth Betty Beverley Beverly Bill Billie
    Billy Bob Bobby Brad Bradley Brandon Brenda Brendan Brett Brian Bridget Brooke Bruce Bryan Byron Caleb Calvin Cameron
    Carl Carol Caroline Carolyn Catherine Cecil Charles Charlie Charlotte Chelsea Cheryl Chris Christina Christine Christopher
    Chuck Cindy Claire Clarence Claude Clifford Clint Clive Colin Connie Connor Craig Curtis Cynthia Dale Damian Damien Dan
    Dana Daniel Danny Darren Darryl Daryl Dave David Dawn Dean Debbie Deborah Debra Dennis Denis Derek Desmond Diana Diane
    Dick Dominic Don Donald Donna Doris Dorothy Doug Douglas Duncan Dwight Earl Eddie Edgar Edith Edmund Edward Edwin Eileen
    Elaine Eleanor Elizabeth Ellen Elliot Elliott Emily Emma Eric Ernest Esther Ethan Eugene Eve Evelyn Fiona Florence Frances
    Francis Fred Freddie Frederick Gail Gareth Garry Gary Gavin Gene Geoffrey George Georgina Gerald Geraldine Gerry Gilbert
    Gillian Glen Glenn Gloria Gordon Graham Grant Greg Gregory Gwen Hannah Harold Harriet Harry Harvey Hazel Heather Helen
    Henry Herbert Howard Hugh Hugo Ian Irene Isaac Jack Jackie Jacob Jacqueline James Jamie Jane Janet Janice Jason Jean Jeff
    Jeffrey Jennifer Jenny Jeremy Jerry Jesse Jessica Jill Jim Jimmy Joan Joanna Joanne Joe Joel Joey John Johnny Jon Jonathan
    Joseph Josh Joshua Joyce Judith Judy Julia Julian Julie Justin Karen Kate Katherine Kathleen Kathryn Kathy Katie Keith
    Kelly Ken Kenneth Kenny Kerry Kevin Kim Kirk Kyle Larry Laura Lauren Lawrence Leonard Leslie Lewis Linda Lindsay Lindsey
    Lisa Lloyd Lois Lorraine Louis Louise Lucy Luke Lynn Malcolm Marcus Margaret Maria Marian Marilyn Marion Marjorie Martha
    Martin Marvin Mary Matt Matthew Maureen Maurice Megan Melanie Melissa Melvin Michael Michelle Mick Mike Mildred Mitchell
    Molly Monica Morgan Nancy Natalie Nathan Neil Nicholas Nick Nicola Nicole Nigel Noel Norman Oliver Oscar Owen Pamela
    Patricia Patrick Paul Paula Pauline Peggy Penelope Percy Peter Phil Philip Phillip Phyllis Quentin Rachel Ralph Randall
    Randy Ray Raymond Rebecca Reginald Rex Richard Rick Ricky Rita Rob Robert Robin Rod Rodney Roger Ron Ronald Ronnie Rosemary
    Ross Roy Russell Ruth Ryan Sally Sam Samantha Samuel Sandra Sarah Scott Sean Shane Sharon Shaun Sheila Shirley Sidney
    Simon Sophie Stanley Stephanie Stephen Steve Steven Stewart Stuart Susan Suzanne Sylvia Ted Teresa Terence Terry Theodore
    Thomas Tim Timothy Tina Toby Todd Tom Tommy Tony Tracy Trevor Troy Tyler Valerie Vanessa Vernon Veronica Victoria Vince
    Vincent Virginia Vivian Wallace Walter Warren Wayne Wendy Wesley Wilfred William Willie Winston Yvonne Zachary Zoe
    Joost Andre Ashton Bryce Chad Chase Clayton Cody Colby Cole Dallas Dalton Dane Darnell Dax
    Deion Derrick Dexter Dominique Donovan Dustin Dylan Elijah Emmitt Garrett Grady Hank Hunter Jalen Jared Jarvis Javon Jaylen
    Jeremiah Jermaine Kareem Keenan Kendall Kendrick Kobe LeBron Lamar Lance Landon Logan Lonnie Marquis Marshall Mason Maxwell
    Micah Myles Nolan Omar Orlando Preston Quincy Reggie Roderick Rusty Shaquille Shawn Sterling Stevie Terrell Tracey Travis
    Trent Tyrone Wade Willis Zach Zack Abby Alexis Alyssa Ashlee Bethany Brianna Brittany Caitlin Candace Cassandra Chloe
    Courtney Crystal Danielle Destiny Ebony Erin Felicity Gemma Gwyneth Heidi Holly Jade Jasmine Jenna Jodie Kayla Kelsey
    Kirsty Kristen Leah Lindsey Mackenzie Madison Mandy Meredith Miranda Naomi Olivia Paige Rhonda Serena Shannon Sienna
    Stacey Tamara Tanya Tiffany Vicky Whitney
  `,
  englishShortForms: `
    Abe Al Alf Archie Art Barney Bart Ben Bert Bev Bud Buddy Buzz Cal Chet Chip Chuck Clay Curt Dan Deb Dom Dot Drew Ed Eddy
    Fran Frank Fred Gabe Gil Greg Gus Hal Herb Ike Jake Jan Jay Jeb Jed Jo Jock Kay Kit Larry Len Les Lew Liz Lou Mac Mack
    Marty Mel Mo Moe Nat Ned Pam Pat Peg Pete Rich Rob Ros Roz Russ Sal Sid Sonny Stan Sue Ted Terry Tex Val Vic Viv Walt Wes
    Woody Zeke Brent Dwayne Duane Elmer Floyd Herman Irving Jerome Kurt Leroy Lester Lyle Marlon Morris Myron Nelson Otis Perry
    Rudy Sherman Ward Wilbur Casey Cory Corey Darrell Derrick Doyle Emmett Ervin Eugene Everett Forrest Gerald Grover
    Harlan Homer Ira Jess Lamont Lowell Luther Marshall Merle Milton Monte Murray Noah Norris Orville Rufus Seth Sylvester
    Thurman Tyson Vaughn Wendell Willard Winfield Abigail Adrienne Agnes Alma Bernice Bonnie Candice Carla Cecilia Clara
    Colleen Darlene Della Dolores Edna Elsie Erma Esther Ethel Eva Fay Flora Frieda Georgia Geneva Gladys Greta Hattie Hilda
    Ida Imogen Inez Irma Ivy Jeanette Jessie Joann Josie Juanita Kathy Kristin Lana Lena Lila Lillian Lola Loretta Lucille Mabel
    Mae Marcia Margie Marlene Maxine Mavis Minnie Myrtle Nell Nora Opal Patsy Pearl Rena Rosa Rosalind Roxanne Sadie Selma
    Stella Sybil Thelma Trudy Ursula Velma Vera Viola Wanda Wilma
  `,
  irishScottishWelsh: `
    Aidan Aileen Ailsa Aoife Bairbre Brendan Bronagh Caoimhe Cathal Ciara Ciaran Cillian Colm Conor Cormac Declan Deirdre
    Donal Dermot Eamon Eamonn Eileen Eoin Fergal Fergus Finbar Fintan Gerard Grainne Hamish Iain Kieran Liam Mairead Mairi
    Niall Niamh Oisin Padraig Paddy Ronan Seamus Shane Shaun Siobhan Sinead Tadhg Una Rhys Dafydd Gethin Gareth Emlyn Ieuan
    Angharad Bethan Carys Cerys Eluned Ffion Glenys Megan Rhian Rhiannon Sian Owain Ewan Euan Callum Murdo Morag Kirsteen
  `,
  french: `
    Adele Adrien Agnes Aime Aimee Alain Alexandre Alexis Alice Alphonse Amandine Amelie Anais Andre Anne-Marie Antoine Arnaud
    Arsene Aurelie Aurelien Baptiste Bastien Benedicte Benoit Bernadette Bertrand Blaise Brigitte Bruno Camille Carole Cecile
    Celine Chantal Christelle Christophe Claude Claudine Clement Clementine Colette Corentin Corinne Cyril Cyrille Damien
    Delphine Denis Didier Dominique Edith Edouard Eloise Emile Emilie Emmanuel Emmanuelle Eric Etienne Fabien Fabienne Fabrice
    Florence Florent Florian Francine Franck Francois Francoise Frederic Gaelle Gaetan Gael Gaston Genevieve Georges Gerard
    Gervais Ghislaine Gilles Gisele Guillaume Guy Helene Henri Herve Hugues Isabelle Jacqueline Jacques Jean Jean-Baptiste
    Jean-Claude Jean-Francois Jean-Jacques Jean-Louis Jean-Luc Jean-Marc Jean-Marie Jean-Michel Jean-Paul Jean-Pierre
    Jean-Yves Jeanne Jerome Joelle Josephine Josette Jules Julien Juliette Laetitia Laurence Laurent Leon Leonie Lionel Louis
    Lucien Lucienne Ludovic Lydie Madeleine Manon Marcel Marcelle Margaux Marie Marie-Claire Marie-France Marie-Jose Marine
    Marion Martine Mathieu Mathilde Matthieu Maxime Micheline Michele Michel Monique Muriel Nadege Nathalie Nicolas Noel
    Noemie Odette Odile Olivier Pascal Pascale Patrice Philippe Pierre Pierre-Yves Raphael Raymond Regis Remi Remy Renaud
    Rene Robert Roland Romain Sabine Sandrine Sebastien Segolene Serge Severine Simone Solange Stephane Stephanie Suzanne
    Sylvain Sylvie Thierry Thibault Thibaut Valerie Veronique Vincent Virginie Xavier Yann Yannick Yves Yvette Zinedine
    Youri Christian Jean-Philippe Guy-Manuel Marine Manuel Ousmane Kylian Laure
  `,
  germanDutchNordic: `
    Achim Adolf Albrecht Alois Andreas Angela Anja Anke Annegret Annemarie Anton Armin Arne Axel Barbel Bernd Bernhard Berthold
    Berti Birgit Bodo Boris Burkhard Carsten Christa Christoph Claudia Cornelia Dagmar Detlef Dieter Dietmar Dietrich Dirk
    Doris Egon Ekkehard Elke Elmar Emil Erich Erika Ernst Erwin Franz Franziska Friedrich Fritz Gabriele Gerd Gerhard Gerlinde
    Gernot Gertrud Gisela Gottfried Gudrun Guenter Guenther Gunter Gunther Gustav Hannelore Hannes Hans Hans-Dietrich
    Hans-Juergen Hans-Peter Harald Hartmut Heike Heiko Heinrich Heinz Helga Helmut Helmuth Herbert Hermann Hildegard Holger
    Horst Hubert Ilse Ingeborg Ingo Ingrid Irmgard Joachim Jochen Johann Johannes Jorg Joerg Juergen Jurgen Jutta Kai Karin
    Karl Karl-Heinz Katrin Kathrin Klaus Konrad Kurt Lothar Ludwig Lukas Lutz Manfred Margarete Margot Markus Matthias Max
    Maximilian Michaela Monika Norbert Olaf Oskar Otto Peer Petra Rainer Reinhard Reinhold Renate Rolf Rudi Rudolf Rupert
    Sabine Sebastian Siegfried Sigmar Sigrid Silke Stefan Steffen Steffi Susanne Sven Thilo Thorsten Torsten Udo Ulf Ulrich
    Ulrike Ursula Ute Uwe Volker Waldemar Walther Werner Wilhelm Willi Willy Winfried Wolfgang Wolfram Frank-Walter
    Juergen Jens Jorn Gerrit Hendrik Henk Jan Jannes Jeroen Joop Jos Kees Klaas Koen Lieke Maarten Marco Marijke
    Mark Mart Martijn Niek Piet Pieter Pim Rutger Ruud Sander Sjaak Stijn Teun Thijs Tjeerd Wim Willem Wouter Bart
    Dries Frans Geert Gert Guido Hendrikus Jeanine Jelle Joris Karel Lotte Marten Mieke Nienke Rik Rob Roel Ruben Sanne
    Saskia Sietse Ties Tom Twan Yves Anders Annika Ari Arvid Astrid Bengt Birger Bjorn Bo Borje Carina Dag Einar Eirik
    Erik Erland Espen Finn Fredrik Geir Gorel Gunnar Gustaf Hakan Hans Harald Helle Henning Henrik Hjalmar Inge
    Ingvar Jarl Jesper Joakim Johan Jonas Jorgen Kaj Kari Kjell Klas Knut Kristian Kristina Lars Leif Lennart Lise Lisbet
    Magnus Malin Mats Mattias Mette Mikael Morten Niclas Niels Nils Ola Ole Olof Ove Pehr Per Pernille Ragnar Rasmus Rune
    Signe Sindre Solveig Stig Sune Svante Svein Terje Thor Thorbjorn Tomas Tor Tore Torbjorn Trond Ulla Ulrika
    Vidar Yngve Antti Eero Esa Hannu Heikki Ilkka Jari Jarmo Jukka Jussi Juha Kalle Kari Kimi Lauri
    Markku Matti Mika Mikko Niina Olli Paavo Pekka Pertti Petri Raimo Riitta Sami Sanna Sauli Seppo Tarja Teemu Tuomas
    Tuomo Urho Veikko Ville Sanna-Leena Halldor Sigmundur Bjarni Gudni Jon Olafur Katrin Vigdis Sveinn Helgi
  `,
  southernEurope: `
    Adriana Agostino Alberto Alessandra Alessandro Alessio Alfonso Alfredo Amedeo Andrea Angelo Antonella Antonio Arturo
    Beatrice Bettino Bruno Carla Carlo Carmelo Caterina Cesare Chiara Ciro Claudio Corrado Cristiano Daniele Dario Davide
    Domenico Donatella Edoardo Elena Elisa Emanuele Emma Enrico Enzo Ettore Fabio Fabrizio Federica Federico Filippo Flavio
    Francesca Francesco Franco Gabriele Gaetano Gennaro Giacomo Giancarlo Gianfranco Gianluca Gianluigi Gianni Giorgia Giorgio
    Giovanna Giovanni Girolamo Giulia Giulio Giuseppe Giuseppina Guido Ignazio Leonardo Letizia Lorenzo Luca Lucia Luciano
    Luigi Luisa Marcello Marco Mariano Mario Marta Massimo Matteo Mattia Maurizio Mauro Michela Michele Mirko Nicola Nino
    Orlando Ottavio Paola Paolo Pier Piero Pierluigi Pietro Raffaele Renato Renzo Riccardo Roberta Roberto Rocco Romano
    Rosa Rosario Salvatore Sandro Sergio Silvia Silvio Simona Simone Stefania Stefano Tiziana Tommaso Ugo Umberto Valentina
    Valentino Valerio Vincenzo Vittorio Walter Gianmarco Pierferdinando Romano
    Adolfo Agustin Alejandra Alejandro Alfonso Alvaro Amparo Ana Andres Angel Angeles Anibal Antonio Araceli Arantxa Ariel
    Armando Arturo Aurelio Beatriz Benito Bernardo Blanca Candido Carlos Carmen Catalina Cayetano Cesar Concepcion Conchita
    Consuelo Cristina Cristobal Diego Dolores Eduardo Elena Elvira Emilio Enrique Ernesto Esperanza Esteban Eugenia Evaristo
    Federico Felipe Fermin Fernando Francisco Gabriel Gerardo Gonzalo Gregorio Guadalupe Guillermo Gustavo Hector Hernan
    Horacio Hugo Ignacio Ines Inigo Isabel Isidro Jaime Javier Jesus Joaquin Jordi Jorge Jose Josefa Josep Juan Juana Julio
    Leonor Leticia Lorenzo Lourdes Lucia Luis Luisa Manuel Manuela Marcelo Marcos Margarita Mariano Marisol Martin Mateo
    Mercedes Miguel Milagros Miriam Montserrat Nicolas Norberto Nuria Octavio Oriol Osvaldo Pablo Pascual Patricio Paz
    Pedro Pilar Rafael Ramiro Ramon Raquel Raul Rebeca Reinaldo Remedios Ricardo Roberto Rocio Rodolfo Rodrigo Rogelio
    Rolando Rosario Ruben Salvador Santiago Sebastian Sergio Silvia Soledad Teodoro Tomas Ulises Vicente Victor Xavier
    Ximena Yolanda Ernesto Fidel Raul Fulgencio Hugo Evo Nicolas Alvaro
    Andres Ivan Juan-Carlos Luiz Lula Jair Dilma Fernando-Henrique Adriano Alexandre Anderson Antonio Bruna Caio Cassio
    Claudio Cleber Danilo Diogo Edson Eduarda Fabiano Felipe Flavia Gilberto Gisele Helio Joao Joaquim Jorginho Leandro
    Leonel Lucas Luana Marcelo Marta Mauricio Neymar Nuno Otavio Paulo Paulinho Ronaldo Ronaldinho Rui Sergio Silvio Tiago
    Thiago Vitor Wagner Wellington Zico Goncalo Duarte Afonso Vasco Fernao Rodrigues Romario Rivaldo Cafu Kaka Emerson
    Aristides Athanasios Christos Costas Dimitris Dimitrios Eleni Evangelos Georgios Giorgos Ioannis Kostas Konstantinos
    Maria Nikos Nikolaos Panagiotis Panayiotis Pavlos Petros Spyros Stavros Theodoros Thanasis Vangelis Vassilis Yannis
    Yiannis Alexis Antonis Apostolos Kyriakos Andreas Evangelia Katerina Sofia Despina Dora Fotini
  `,
  slavicBaltic: `
    Aleksander Aleksandr Aleksandra Aleksei Aleksey Alexei Alexey Alla Anastasia Anatoly Anatoli Andrei Andrey Andriy Anton
    Arkady Artem Artyom Bogdan Bohdan Boris Dmitri Dmitry Dmytro Edouard Eduard Egor Elena Evgeny Evgeni Fyodor Gennady
    Gennadi Georgy Grigory Igor Ilya Inna Irina Ivan Kirill Konstantin Ksenia Larisa Lev Leonid Lidia Lyudmila Ludmila
    Maksim Margarita Marina Maxim Mikhail Mykola Mykhailo Nadezhda Natalia Natalya Nikita Nikolai Nikolay Oleg Oleksandr
    Oleksiy Olena Olga Pavel Petro Pyotr Roman Ruslan Sergei Sergey Serhiy Stanislav Svetlana Taras Tatiana Tatyana
    Vadim Valentin Valentina Valery Valeri Vasily Vasyl Viktor Vitaly Vitali Vladimir Vladislav Volodymyr Vyacheslav
    Yaroslav Yegor Yekaterina Yelena Yevgeny Yevgenia Yuri Yuriy Yulia Yuliya Zinaida Zoya Galina Tamara Raisa
    Oksana Iryna Kateryna Ihor Yuliia Denys Arseniy Petr Vitaliy Volodimir Gennadiy Anatoliy Nadia Ekaterina
    Adam Agnieszka Aleksander Andrzej Anna Barbara Bartosz Beata Bogdan Bogumil Bronislaw Czeslaw Dariusz Dorota Edward
    Elzbieta Ewa Grazyna Grzegorz Halina Henryk Irena Jacek Jadwiga Jakub Janusz Jaroslaw Jerzy Joanna Jolanta Jozef Kamil
    Karol Katarzyna Kazimierz Krystyna Krzysztof Leszek Lech Lukasz Maciej Malgorzata Marek Mariusz Mateusz Michal Miroslaw
    Mieczyslaw Pawel Piotr Przemyslaw Radoslaw Rafal Renata Ryszard Slawomir Stanislaw Szymon Tadeusz Teresa Tomasz
    Urszula Waldemar Wieslaw Witold Wladyslaw Wojciech Zbigniew Zdzislaw Zofia Zygmunt Bozena Danuta Hanna
    Ales Alena Bohumil Bohuslav Dagmar Frantisek Hana Ivana Jana Jaromir Jaroslav Jindrich Jiri Josef Karel Ladislav Libor
    Lubomir Ludmila Lubos Marketa Martina Milan Milos Miloslav Miroslav Oldrich Ondrej Radek Radim Stanislav Svatopluk
    Tomas Vaclav Vladimir Vlastimil Zdenek Zuzana Jozef Robert Mikulas Marian Rudolf Andrej Peter Dusan Juraj Eduard
    Aleksandar Ante Bojan Borislav Branko Darko Dejan Dragan Dragoljub Dragutin Drazen Dusan Goran Gordana Hrvoje Ivica Ivo
    Jadranka Jasmina Jelena Josip Jovan Kresimir Ljiljana Ljubomir Ljubisa Marija Marko Milan Milena Milica Milorad Milos
    Miodrag Mirjana Mladen Momcilo Nebojsa Nenad Nikola Novak Predrag Radomir Radovan Ratko Sasa Slobodan Snezana Srdjan
    Stjepan Svetozar Tomislav Vesna Vladan Vojislav Vuk Zarko Zeljko Zlatko Zoran Zvonimir Haris Alija Amra Emir Fikret
    Haris Izet Mirsad Munir Nermin Senad Edin Safet Bakir Momir Biljana Dragica Borut Janez Janko Janez Milan Igor Ales
    Bojko Boyko Dimitar Georgi Hristo Krasimir Lyubomir Nikolai Ognian Petar Plamen Rosen Rumen Sergei Simeon Stoyan
    Todor Tsvetan Valentin Vasil Veselin Yordan Zhelyu Ivaylo Ivailo Stanimir
    Aivars Andris Arturs Dainis Edgars Egils Gundars Guntis Ilmars Imants Janis Juris Karlis Maris Raimonds Valdis
    Vaira Vilis Algirdas Arvydas Audrius Dalia Darius Gitanas Ingrida Jonas Kestutis Linas Mindaugas Ramunas
    Rimantas Saulius Sarunas Valdas Vytautas Toomas Juhan Kaja Kersti Lennart Mart Jaak Jueri Urmas Siim
  `,
  hungarianRomanianTurkic: `
    Andras Attila Balazs Bela Csaba Endre Erzsebet Ferenc Gabor Gyorgy Gyula Imre Istvan Janos Jozsef Judit Katalin Laszlo
    Lajos Marton Mihaly Miklos Peter Sandor Tamas Tibor Viktor Zoltan Zsolt Aniko Eva Ildiko Krisztina Zsuzsa
    Adrian Alexandru Andrei Bogdan Catalin Constantin Corneliu Costel Cristian Dan Dorin Dumitru Emil Florin Gheorghe Gigi
    Horia Ilie Ioan Ion Ionut Iosif Klaus Laurentiu Liviu Lucian Marian Mihai Mircea Nicolae Octavian Ovidiu Petre Radu
    Razvan Sorin Stefan Teodor Traian Valeriu Victor Viorel Virgil Vlad Cosmin Ilie Anca Ioana Simona Nadia
    Abdullah Adnan Ahmet Alp Arif Aydin Bulent Burak Cem Cemal Deniz Emre Erdal Erdem Ertugrul Ferhat Fatih Hakan
    Hasan Huseyin Ibrahim Ilhan Ismail Kemal Kenan Levent Mehmet Mesut Mevlut Murat Mustafa Necmettin Nihat Oguz Okan
    Omer Orhan Osman Ozan Recep Sadettin Selcuk Serdar Suleyman Tansu Tarik Tugay Turgut
    Ugur Umit Volkan Yilmaz Yusuf Zeki Tanju Hikmet Binali Devlet Abdulkadir Ekrem Meral Ayse Emine Fatma Zeynep
    Nursultan Kassym-Jomart Islam Shavkat Emomali Askar Almazbek Sooronbay Kurmanbek Gurbanguly Serdar Saparmurat Ilham
    Heydar Mehriban Levon Serzh Nikol Robert Armen Vazgen Eduard Mikheil Giorgi Irakli Zurab Salome Bidzina Aslan
    Dzhokhar Ramzan Akhmad Shamil Movladi Zelimkhan
  `,
  arabicPersian: `
    Abbas Abd Abdel Abdul Abdulaziz Abdallah Abdelaziz Abdelkader Abdelmajid Abdelhamid Abdullah Abdulrahman Abdurrahman
    Abu Adel Adil Adnan Ahmad Ahmed Akram Ala Ali Amal Amin Amina Amir Amr Anwar Ashraf Atef Ayman Aziz Bashar Bashir
    Bassam Bilal Boutros Fadi Fahd Faisal Farid Farouk Faruq Fathi Fatima Fawzi Fayez Fouad Ghassan Habib Hafez Haidar
    Haider Hamad Hamid Hamza Hani Hanan Hassan Hassane Hazem Hisham Hosni Hossam Hussein Ibrahim Imad Iyad Jalal Jamal
    Jamil Jassim Kamal Karim Khaled Khalid Khalil Latifa Layla Leila Mahmoud Majid Mansour Marwan Mohamed Mohammad Mohammed
    Mohamad Muhammad Mounir Mubarak Muammar Mustafa Nabil Nadia Naguib Naif Najib Nasser Nawaf Nayef Noureddine Nouri Omar
    Osama Qaboos Rafik Rafiq Rami Rania Rashid Riad Riyad Saad Saddam Saeb Said Saif Salah Saleh Salem Salim Salman Sami
    Samir Samer Sultan Tarek Tariq Tamim Walid Wael Yahya Yasser Yassin Yousef Youssef Yusuf Zaid Zayed Ziad Zuhair Hosny
    Hassan Brahim Hassiba Driss Abdelilah Aziz Mohand Nourredine Rachid Said Mouloud Lakhdar Houari Abdelaziz Ismail Kais
    Rached Habib Beji Moncef Zine Abdelmadjid Ahmed Mohamed Anouar Lahcen Hicham Rida Younes Adam Moussa Nouhou
    Ali-Akbar Akbar Ayatollah Ebrahim Esmaeil Farhad Hamid Hassan Hossein Javad Kamran Mahmoud Majid Masoud Massoud Mehdi
    Mir-Hossein Mohsen Mojtaba Mostafa Qasem Ghasem Reza Saeed Sadegh Shirin Yahya Abolfazl Hashemi Ruhollah Hamid-Reza
    Gholam Gholamreza Amirhossein Ehsan Parviz Fereydoun Kian Navid Babak Dariush
  `,
  hebrew: `
    Aharon Amos Ariel Avi Avigdor Avraham Ayelet Benny Benjamin Binyamin Dalia Dan Danny David Ehud Eli Eliezer Eliyahu
    Eyal Gabi Gadi Gideon Gilad Golda Haim Chaim Itamar Moshe Naftali Netanel Nir Ofer Ofir Ori Reuven Shaul Shimon Shlomo
    Shmuel Tzipi Uri Yair Yaakov Yehuda Yigal Yitzhak Yoav Yosef Yossi Yuval Zeev Meir Menachem Mordechai Natan
  `,
  southAsian: `
    Abhishek Aditya Ajay Ajit Akash Akhilesh Alok Amit Amitabh Anand Anil Anjali Ankit Anupam Arjun Arun Arvind Ashok
    Atal Balaji Bhagat Bimal Chandra Deepak Dev Dilip Dinesh Ganesh Gautam Gopal Gurmeet Harbhajan Harsh Hemant Inder
    Jaswant Jawaharlal Jayant Kailash Kapil Karan Kavita Kiran Krishna Kumar Lal Lalu Madhav Mahesh Manish Manmohan Meera
    Mukesh Murli Nandan Narendra Naresh Navin Neha Nitin Nitish Pankaj Pooja Pradeep Prakash Pranab Prashant Pratibha Priya
    Priyanka Rahul Raj Rajat Rajeev Rajendra Rajesh Rajiv Rakesh Ramesh Ratan Ravi Ravindra Rohit Sachin Sanjay Sanjeev
    Sardar Shashi Shiv Shyam Sonia Subhash Sudhir Sunil Suresh Sushma Swaraj Uday Vijay Vikram Vinod Virat Vivek Yashwant
    Yogi Zubin Amartya Sourav Rahul Anil Javagal Venkatesh Navjot Mohinder Sunil Kris Mohammad Shahid Imran Nawaz Shehbaz
    Asif Pervez Benazir Zulfikar Bilawal Asad Wasim Salim Saeed Shoaib Younis
    Misbah Shahid Ramiz Zaheer Javed Sarfraz Abdul Aqib Jahangir Nawaz Sheikh Mujibur Hasina
    Khaleda Ziaur Ershad Sajeeb Mahinda Gotabaya Ranil Chandrika Sirimavo Arjuna Aravinda Sanath Romesh Asanka Hashan
    Roshan Kumara Chaminda Muttiah Muthiah Upul Mahela Kumar Lasith Tillakaratne Pushpa Prachanda Girija Sher Bidhya
    Baburam Madhav Pushpa
  `,
  eastAsian: `
    Akihito Akira Ayumi Daisuke Fumio Haruki Hayato Hideki Hideo Hiroshi Hiroko Hiroyuki Hisashi Ichiro Junichiro Junko
    Kazuhiro Kazuo Keiko Keizo Ken Kenji Kenta Kimiko Koichi Kunio Makoto Masahiro Masako Masao Masaru Michiko Minoru
    Mitsuko Naoko Naoto Noriko Nobuo Ryutaro Sachiko Satoshi Shigeru Shinji Shinzo Shintaro Shoichi Takashi Takeshi Taro
    Tetsuya Tomiichi Toshiki Toshio Tsutomu Yasuhiro Yasuo Yoko Yoshihiko Yoshihide Yoshiro Yukio Yuko Yusuke Yuki Morihiro
    Kiichi Ryuichi Hiromi Kyoko Kazuyoshi Akiko Emiko Fumiko Hanako Kaori Mariko Naomi Sayaka Tomoko Yumiko Kohei Takuya
    Suharto Sukarno Megawati Susilo Joko Abdurrahman Jusuf Wiranto Amien Habibie Prabowo Anwar Mahathir Najib Abdullah
    Muhyiddin Lee Goh Lim Corazon Fidel Joseph Gloria Benigno Rodrigo Ferdinand Imelda Thaksin Yingluck Prayuth Chuan
    Surin Abhisit Hun Norodom Sihanouk Sam Rainsy Aung Than Shwe Khin Nyunt Hla Win Htein Kyi Tin Thein Sein Min Kim
  `,
  african: `
    Abdoulaye Abiola Abubakar Ade Adebayo Adewale Afolabi Akin Alassane Alpha Amadou Ama Amara Aminata Babatunde Bola
    Boubacar Chidi Chinedu Chinua Chukwuemeka Cyril Dele Desire Ebere Emeka Fela Femi Folake Fatou Funmilayo Goodluck Ibrahima
    Ikechukwu Jomo Joyce Kofi Kwame Kwabena Kwesi Lamine Laurent-Desire Macky Mamadou Modibo Moussa Muhammadu Musa Nana
    Ngozi Nnamdi Obafemi Obiageli Olatunde Olusegun Oluwaseun Omari Oumar Ousmane Sani Seydou Sekou Thabo Tunde Uche
    Umaru Wole Yakubu Yaya Yemi Yoweri Zuma Jacob Nelson Winnie Desmond Kgalema Cyril Thabo Mmusi Julius Robert Morgan
    Emmerson Kenneth Levy Hage Frederick Sam Ellen George Charles Paul Pierre Denis Felix Etienne Joseph Mobutu Sese Laurent
    Jean-Bertrand Teodoro Idriss Omar Haile Meles Mengistu Abiy Isaias Sahle-Work Kenenisa Haile Tirunesh Derartu Fatuma
    Wilson Moses Paul Daniel Kipchoge Eliud Kip Kipketer Dieudonne Vincent Kwasi Jerry
    Chioma Nwankwo Kanu Jay-Jay Rashidi Benedict Samia Jakaya Uhuru Raila Mwai Daniel
    Hastings Bingu Kamuzu Ngugi Wangari Tsvangirai Zanele Graca Samora Agostinho Jose-Eduardo Filipe Armando Jonas Sam
  `,
};

/** All given names as written above; ./rules.ts folds case and diacritics. */
export const GIVEN_NAMES: string[] = Object.values(AREAS).flatMap((s) => s.split(/\s+/).filter(Boolean));

/**
 * East Asian family names, written first ("Wang Jianguo", "Kim Dae-jung", "Nguyen Van Thieu").
 * Only read together with a romanized given name after them, see isRomanizedGivenName in ./rules.ts.
 * Left out: family names that are everyday English or French words in capitals ("He", "Do", "Le").
 */
export const FAMILY_NAMES_FIRST: ReadonlySet<string> = new Set(
  `wang li zhang liu chen yang zhao huang zhou wu xu sun hu zhu gao lin guo ma luo liang song zheng xie han tang feng yu
   dong xiao cheng cao yuan deng fu shen zeng peng lu su jiang cai jia ding wei xue ye yan pan du dai xia zhong tian ren fan
   fang shi yao tan liao zou xiong jin hao kong bai cui kang mao qiu qin gu hou shao meng wan duan lei qian yin yi qiao gong
   wen chiang chou chu hsu huang kuo lai lien soong tsai tsang tung wong yeung leung cheung chan chow lau ng tse
   kim lee park choi jung jeong kang cho yoon jang lim oh seo shin kwon hwang ahn yoo hong jeon ko moon son bae baek roh ban
   nguyen tran pham hoang huynh phan vu vo dang bui ngo duong ly`.split(/\s+/).filter(Boolean),
);
